using System.Globalization;

namespace AlertBot.Chat;

/// <summary>Quiet hours in a chat's own time zone, across midnight and daylight-saving changes.</summary>
public static class QuietHours
{
    /// <summary>Whether <paramref name="now"/> falls in the chat's quiet hours, and when they end.</summary>
    public static bool IsQuiet(ChatSettings settings, DateTimeOffset now, out DateTimeOffset endsAt)
    {
        ArgumentNullException.ThrowIfNull(settings);
        endsAt = now;
        if (!settings.HasQuietHours)
        {
            return false;
        }

        var zone = ChatTimeZone.Find(settings.TimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var minute = (local.Hour * 60) + local.Minute;
        int from = settings.QuietFrom!.Value, to = settings.QuietTo!.Value;
        var quiet = from < to ? minute >= from && minute < to : minute >= from || minute < to;
        if (!quiet)
        {
            return false;
        }

        var endDay = minute < to ? local.Date : local.Date.AddDays(1);
        var endLocal = endDay.AddMinutes(to);
        // A wall-clock time skipped by a daylight-saving jump does not exist: the hours end just after it.
        while (zone.IsInvalidTime(endLocal))
        {
            endLocal = endLocal.AddMinutes(30);
        }

        endsAt = new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal)).ToUniversalTime();
        return true;
    }

    /// <summary>"22:00" from minutes after midnight.</summary>
    public static string Clock(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");

    /// <summary>Reads "22:00-07:00", "22-7" or "22.30–6"; gives minutes after midnight for both ends.</summary>
    public static bool TryParseRange(string text, out int from, out int to)
    {
        ArgumentNullException.ThrowIfNull(text);
        from = to = 0;
        var parts = text.Replace('–', '-').Replace('—', '-').Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && TryParseClock(parts[0], out from) && TryParseClock(parts[1], out to) && from != to;
    }

    private static bool TryParseClock(string text, out int minutes)
    {
        minutes = 0;
        var pieces = text.Replace('.', ':').Split(':');
        if (pieces.Length > 2
            || !int.TryParse(pieces[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || hours > 24)
        {
            return false;
        }

        var mins = 0;
        if (pieces.Length == 2 && (!int.TryParse(pieces[1], NumberStyles.None, CultureInfo.InvariantCulture, out mins) || mins >= 60))
        {
            return false;
        }

        minutes = ((hours * 60) + mins) % (24 * 60);
        return true;
    }
}
