using System.Globalization;
using System.Text;
using AlertBot.Alerts;
using AlertBot.Chat;
using Telegram.Bot.Types.ReplyMarkups;

namespace AlertBot.Telegram.Formatting;

/// <summary>
/// Renders an alert as one Telegram HTML message. Bounded on purpose (summary and source list are capped)
/// so an alert always fits one message and can later be edited in place when more outlets confirm it.
/// </summary>
public static class AlertFormatter
{
    public const int MaxSummaryChars = 900;
    public const int MaxSourcesListed = 8;
    private const int CompactSourcesListed = 3;
    private const int MaxPlaceButtons = 2;

    /// <param name="label">How to name a place (<see cref="AlertPlaceLabels"/>); by default its stored name and country.</param>
    public static TelegramMessage Format(AlertView alert, Func<AlertPlace, string>? label = null)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new TelegramMessage(Fit(alert, compact: false, label ?? AlertPlaceLabels.Default), Keyboard(alert));
    }

    /// <summary>The alert as a block inside a longer reply (/latest, /city): headline, places, sources.</summary>
    public static string Compact(AlertView alert, string? prefix = null, Func<AlertPlace, string>? label = null)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return Fit(alert, compact: true, label ?? AlertPlaceLabels.Default, prefix);
    }

    /// <summary>
    /// An alert is one message (edited in place as outlets confirm it), so it must fit one whatever its sources
    /// carry: past the limit, sources lose their links, then the summary and the list shrink.
    /// </summary>
    private static string Fit(AlertView alert, bool compact, Func<AlertPlace, string> label, string? prefix = null)
    {
        var html = Body(alert, compact, label, prefix);
        if (html.Length > MessageSplitter.TelegramLimit)
        {
            html = Body(alert, compact, label, prefix, lean: true);
        }

        if (html.Length <= MessageSplitter.TelegramLimit)
        {
            return html;
        }

        // Lines never split markup, so whole lines are dropped from the end.
        var cut = html.LastIndexOf('\n', MessageSplitter.TelegramLimit - 1);
        return cut > 0 ? html[..cut] : TelegramHtml.Escape(TextBounds.Cut(alert.Headline, MessageSplitter.TelegramLimit / 6));
    }

    private static string Body(AlertView alert, bool compact, Func<AlertPlace, string> label, string? prefix = null, bool lean = false)
    {
        var html = new StringBuilder();
        html.Append(compact ? "• " : "🔴 ").Append(TelegramHtml.Bold(alert.Headline));
        if (prefix is not null)
        {
            html.Append(' ').Append(TelegramHtml.Escape(prefix));
        }

        if (!compact && alert.Summary.Length > 0 && !string.Equals(alert.Summary.Trim(), alert.Headline.Trim(), StringComparison.Ordinal))
        {
            html.Append("\n\n").Append(TelegramHtml.Escape(Shorten(alert.Summary, lean ? MaxSummaryChars / 3 : MaxSummaryChars)));
        }

        html.Append('\n');
        if (alert.Places.Count > 0)
        {
            html.Append("📍 ").Append(TelegramHtml.Escape(string.Join(" · ", alert.Places.Select(label)))).Append('\n');
        }

        html.Append(alert.IsConfirmed ? "✅ " : "📰 ").Append(Outlets(alert, compact || lean ? CompactSourcesListed : MaxSourcesListed, links: !lean));
        if (AlertOutlets.ConfirmedAt(alert) is { } confirmed && !compact)
        {
            html.Append('\n').Append("Confirmed ").Append(AlertOutlets.Time(confirmed));
        }

        html.Append('\n').Append(compact ? "First reported " : "🕒 First reported ").Append(AlertOutlets.Time(alert.FirstSeen));
        return html.ToString();
    }

    /// <summary>"Confirmed by 2 outlets: Reuters, AP" or "Reported by Reuters; not yet confirmed by a second outlet".</summary>
    private static string Outlets(AlertView alert, int listed, bool links)
    {
        var named = AlertOutlets.Named(alert);
        var names = named.Take(listed).Select(o => links ? TelegramHtml.Link(o.Name, o.Url) : TelegramHtml.Escape(o.Name)).ToList();
        var more = named.Count - names.Count + AlertOutlets.Unnamed(alert);
        if (more > 0)
        {
            names.Add(TelegramHtml.Escape(names.Count == 0
                ? (more == 1 ? "1 report" : $"{more} reports")
                : $"{more} more"));
        }

        var list = names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
        return alert.IsConfirmed
            ? TelegramHtml.Escape(string.Create(CultureInfo.InvariantCulture, $"Confirmed by {AlertOutlets.Count(alert)} outlets: ")) + list
            : "Reported by " + list + TelegramHtml.Escape("; not yet confirmed by a second outlet");
    }

    private static InlineKeyboardMarkup? Keyboard(AlertView alert)
    {
        var rows = alert.Places.Take(MaxPlaceButtons)
            .Select(place => (IEnumerable<InlineKeyboardButton>)
            [
                InlineKeyboardButton.WithCallbackData($"More on {place.Name}", CallbackData.ForPlace("city", place.GeonameId)),
                InlineKeyboardButton.WithCallbackData($"Follow {place.Name}", CallbackData.ForPlace("follow", place.GeonameId)),
            ])
            .ToList();
        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOfAny(['.', '!', '?'], max - 1);
        if (cut > max / 2)
        {
            return text[..(cut + 1)];
        }

        var space = text.LastIndexOf(' ', max - 1);
        return text[..(space > 0 ? space : max - 1)].TrimEnd() + " …";
    }
}
