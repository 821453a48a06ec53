using System.Globalization;
using System.Text;
using AlertBot.Alerts;
using AlertBot.Telegram.Api;

namespace AlertBot.Telegram.Formatting;

/// <summary>
/// Renders an alert as one Telegram HTML message. Bounded on purpose (summary and source list are capped)
/// so an alert always fits one message and can later be edited in place when more outlets confirm it.
/// </summary>
public static class AlertFormatter
{
    public const int MaxSummaryChars = 900;
    public const int MaxSourcesListed = 8;
    private const int MaxPlaceButtons = 2;

    public static TelegramMessage Format(AlertView alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new TelegramMessage(Fit(alert, compact: false), Keyboard(alert));
    }

    /// <summary>The alert as a block inside a longer reply (/latest, /city): headline, places, sources.</summary>
    public static string Compact(AlertView alert, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return Fit(alert, compact: true, prefix);
    }

    /// <summary>
    /// An alert is one message (edited in place as outlets confirm it), so it must fit one whatever its sources
    /// carry: past the limit, sources lose their links, then the summary and the list shrink.
    /// </summary>
    private static string Fit(AlertView alert, bool compact, string? prefix = null)
    {
        var html = Body(alert, compact, prefix);
        if (html.Length > MessageSplitter.TelegramLimit)
        {
            html = Body(alert, compact, prefix, lean: true);
        }

        if (html.Length <= MessageSplitter.TelegramLimit)
        {
            return html;
        }

        // Lines never split markup, so whole lines are dropped from the end.
        var cut = html.LastIndexOf('\n', MessageSplitter.TelegramLimit - 1);
        return cut > 0 ? html[..cut] : TelegramHtml.Escape(TextBounds.Cut(alert.Headline, MessageSplitter.TelegramLimit / 6));
    }

    public static int OutletCount(AlertView alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var outlets = alert.Sources.Select(s => s.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return Math.Max(outlets, alert.Confirmations);
    }

    private static string Body(AlertView alert, bool compact, string? prefix = null, bool lean = false)
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
            html.Append("📍 ").Append(TelegramHtml.Escape(string.Join(" · ", alert.Places.Select(p => $"{p.Name}, {p.Country}")))).Append('\n');
        }

        var outlets = OutletCount(alert);
        html.Append(TelegramHtml.Escape(outlets > 1 ? $"Confirmed by {outlets} outlets" : "Reported by 1 outlet"))
            .Append(" · ")
            .Append(alert.FirstSeen.UtcDateTime.ToString("d MMM HH:mm 'UTC'", CultureInfo.InvariantCulture));
        if (alert.Sources.Count > 0)
        {
            var listed = alert.Sources.DistinctBy(s => s.Outlet, StringComparer.OrdinalIgnoreCase).ToList();
            var count = compact || lean ? 3 : MaxSourcesListed;
            var shown = listed.Take(count).Select(s => lean ? TelegramHtml.Escape(s.Outlet) : TelegramHtml.Link(s.Outlet, s.Url));
            html.Append('\n').Append(compact ? "" : "Sources: ").Append(string.Join(", ", shown));
            var more = listed.Count - count;
            if (more > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $" and {more} more");
            }
        }

        return html.ToString();
    }

    private static InlineKeyboardMarkup? Keyboard(AlertView alert)
    {
        var rows = new List<IReadOnlyList<InlineKeyboardButton>>();
        foreach (var place in alert.Places.Take(MaxPlaceButtons))
        {
            var row = new List<InlineKeyboardButton>();
            if (CallbackData.For($"/city {place.Name}, {place.Country}") is { } more)
            {
                row.Add(new InlineKeyboardButton($"More on {place.Name}", more));
            }

            if (CallbackData.For($"/follow {place.Name}, {place.Country}") is { } follow)
            {
                row.Add(new InlineKeyboardButton($"Follow {place.Name}", follow));
            }

            if (row.Count > 0)
            {
                rows.Add(row);
            }
        }

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
