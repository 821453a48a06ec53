using System.Text;

namespace AlertBot.Chat;

/// <summary>
/// /settings and the commands behind its buttons: /level, /quiet, /timezone, /include, /exclude, /keywords,
/// /pause, /resume. Each answers with the settings menu as it now stands, so a button press shows its effect in place.
/// </summary>
public sealed class SettingsCommands(ChatSettingsStore store)
{
    public const string NotSubscribed = "This chat is not subscribed, so there is nothing to set. /start subscribes it.";
    private const int MaxKeywords = 20;
    private const int MaxKeywordChars = 40;

    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "settings", "level", "quiet", "timezone", "include", "exclude", "keywords", "pause", "resume",
    };

    /// <summary>Whether the command changes something (rather than only showing the settings).</summary>
    public static bool Changes(string command, string argument) =>
        command switch
        {
            "settings" => false,
            "keywords" => argument.Length > 0,
            _ => Names.Contains(command),
        };

    public async Task<ChatReply> HandleAsync(ChatRequest request, string command, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(argument);
        if (await store.GetAsync(request.ChatId, cancellationToken) is null)
        {
            return ChatReply.Plain(NotSubscribed);
        }

        if (Changes(command, argument) && !request.CanManage)
        {
            return ChatReply.Plain("Only this chat's administrators can change its settings.");
        }

        var note = command switch
        {
            "settings" => null,
            "level" => await LevelAsync(request.ChatId, argument, cancellationToken),
            "quiet" => await QuietAsync(request.ChatId, argument, cancellationToken),
            "timezone" => await TimeZoneAsync(request.ChatId, argument, cancellationToken),
            "include" => await KeywordAsync(request.ChatId, ChatSettingsStore.IncludeKind, argument, cancellationToken),
            "exclude" => await KeywordAsync(request.ChatId, ChatSettingsStore.ExcludeKind, argument, cancellationToken),
            "keywords" => await KeywordsAsync(request.ChatId, argument, cancellationToken),
            "pause" => await store.SetPausedAsync(request.ChatId, true, cancellationToken) ? "Paused: no alerts until /resume. Nothing is deleted." : null,
            "resume" => await store.SetPausedAsync(request.ChatId, false, cancellationToken) ? "Resumed: alerts arrive again from now on." : null,
            _ => null,
        };
        var settings = await store.GetAsync(request.ChatId, cancellationToken) ?? ChatSettings.Default;
        return Menu(settings, note, request.CanManage);
    }

    public static ChatReply Menu(ChatSettings settings, string? note, bool withButtons)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var text = new StringBuilder();
        if (note is not null)
        {
            text.AppendLine(note).AppendLine();
        }

        text.AppendLine("Settings for this chat")
            .Append("Alerts: ").AppendLine(Describe(settings.Level))
            .Append("Quiet hours: ").AppendLine(DescribeQuiet(settings))
            .Append("Time zone: ").AppendLine(settings.TimeZone)
            .Append("Keywords: ").AppendLine(DescribeKeywords(settings))
            .Append("Status: ").AppendLine(settings.Paused ? "paused (/resume)" : "receiving alerts")
            .AppendLine()
            .Append("Commands: /level every|major|confirmed, /quiet 22:00-07:00, /quiet off, /quiet silent|wait, ")
            .Append("/timezone Europe/Paris, /include WORD, /exclude WORD, /keywords clear, /pause, /resume.");
        var buttons = withButtons ? Buttons(settings) : [];
        return new ChatReply(text.ToString(), [], buttons) { IsMenu = true };
    }

    private static List<ReplyButton> Buttons(ChatSettings s)
    {
        var buttons = new List<ReplyButton>
        {
            new(Mark(s.Level == AlertLevel.Every, "Every alert"), "/level every", "level"),
            new(Mark(s.Level == AlertLevel.Major, "Major only"), "/level major", "level"),
            new(Mark(s.Level == AlertLevel.Confirmed, "Confirmed only"), "/level confirmed", "level"),
            new(Mark(s.QuietFrom == 22 * 60 && s.QuietTo == 7 * 60, "Quiet 22:00-07:00"), "/quiet 22:00-07:00", "quiet"),
            new(Mark(!s.HasQuietHours, "No quiet hours"), "/quiet off", "quiet"),
            new(Mark(s.QuietMode == QuietMode.Silent, "Quiet = silent"), "/quiet silent", "mode"),
            new(Mark(s.QuietMode == QuietMode.Wait, "Quiet = wait"), "/quiet wait", "mode"),
            s.Paused ? new("▶️ Resume alerts", "/resume", "pause") : new("⏸ Pause alerts", "/pause", "pause"),
        };
        if (s.Include.Count + s.Exclude.Count > 0)
        {
            buttons.Add(new("Clear keywords", "/keywords clear", "pause"));
        }

        return buttons;
    }

    private static string Mark(bool chosen, string label) => chosen ? "✓ " + label : label;

    private static string Describe(AlertLevel level) => level switch
    {
        AlertLevel.Major => "major only",
        AlertLevel.Confirmed => "confirmed only (2+ outlets), sent when the second outlet reports",
        _ => "every alert",
    };

    private static string DescribeQuiet(ChatSettings s) => !s.HasQuietHours
        ? "none"
        : $"{QuietHours.Clock(s.QuietFrom!.Value)}-{QuietHours.Clock(s.QuietTo!.Value)}, "
          + (s.QuietMode == QuietMode.Silent ? "alerts arrive silently" : "alerts wait until the end");

    private static string DescribeKeywords(ChatSettings s)
    {
        var parts = new List<string>();
        if (s.Include.Count > 0)
        {
            parts.Add("only alerts mentioning " + string.Join(" or ", s.Include));
        }

        if (s.Exclude.Count > 0)
        {
            parts.Add("never alerts mentioning " + string.Join(" or ", s.Exclude));
        }

        return parts.Count == 0 ? "none" : string.Join("; ", parts);
    }

    private async Task<string?> LevelAsync(long chatId, string argument, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<AlertLevel>(argument.Trim(), ignoreCase: true, out var level) || !Enum.IsDefined(level) || int.TryParse(argument, out _))
        {
            return "Choose /level every, /level major or /level confirmed.";
        }

        await store.SetLevelAsync(chatId, level, cancellationToken);
        return "Alerts: " + Describe(level) + ".";
    }

    private async Task<string?> QuietAsync(long chatId, string argument, CancellationToken cancellationToken)
    {
        var arg = argument.Trim().ToLowerInvariant();
        switch (arg)
        {
            case "off" or "none":
                await store.SetQuietHoursAsync(chatId, null, null, cancellationToken);
                return "Quiet hours off.";
            case "silent":
                await store.SetQuietModeAsync(chatId, QuietMode.Silent, cancellationToken);
                return "During quiet hours alerts arrive silently.";
            case "wait":
                await store.SetQuietModeAsync(chatId, QuietMode.Wait, cancellationToken);
                return "During quiet hours alerts wait until the quiet hours end.";
        }

        if (!QuietHours.TryParseRange(arg, out var from, out var to))
        {
            return "Give quiet hours as /quiet 22:00-07:00 (in this chat's time zone), or /quiet off.";
        }

        await store.SetQuietHoursAsync(chatId, from, to, cancellationToken);
        return $"Quiet hours {QuietHours.Clock(from)}-{QuietHours.Clock(to)}.";
    }

    private async Task<string?> TimeZoneAsync(long chatId, string argument, CancellationToken cancellationToken)
    {
        if (!ChatTimeZone.TryParse(argument, out var zone))
        {
            return "I don't know that time zone. Use a name like /timezone Europe/Paris or an offset like /timezone +02:00.";
        }

        await store.SetTimeZoneAsync(chatId, zone, cancellationToken);
        return $"Time zone {zone}.";
    }

    private async Task<string?> KeywordAsync(long chatId, string kind, string argument, CancellationToken cancellationToken)
    {
        var keyword = KeywordFilter.Normalize(argument);
        if (keyword.Length == 0 || keyword.Length > MaxKeywordChars)
        {
            return $"Give a word or a short phrase (up to {MaxKeywordChars} characters), for example /{kind} earthquake.";
        }

        var current = await store.GetAsync(chatId, cancellationToken);
        if (current is not null && current.Include.Count + current.Exclude.Count >= MaxKeywords && !current.Include.Concat(current.Exclude).Contains(keyword))
        {
            return $"A chat can have at most {MaxKeywords} keywords; /keywords clear starts afresh.";
        }

        await store.AddKeywordAsync(chatId, kind, keyword, cancellationToken);
        return kind == ChatSettingsStore.IncludeKind
            ? $"Only alerts mentioning \"{keyword}\" (or another included word) will be sent."
            : $"Alerts mentioning \"{keyword}\" will not be sent.";
    }

    private async Task<string?> KeywordsAsync(long chatId, string argument, CancellationToken cancellationToken)
    {
        var arg = argument.Trim();
        if (arg.Length == 0)
        {
            return null;
        }

        if (arg.Equals("clear", StringComparison.OrdinalIgnoreCase))
        {
            await store.ClearKeywordsAsync(chatId, cancellationToken);
            return "Keywords cleared.";
        }

        if (arg.StartsWith("remove ", StringComparison.OrdinalIgnoreCase))
        {
            var keyword = KeywordFilter.Normalize(arg[7..]);
            return await store.RemoveKeywordAsync(chatId, keyword, cancellationToken) ? $"Removed \"{keyword}\"." : $"\"{keyword}\" was not a keyword.";
        }

        return "Use /keywords to list them, /keywords remove WORD or /keywords clear.";
    }
}
