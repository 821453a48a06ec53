using System.Globalization;

namespace AlertBot.Ingestion.Feeds;

/// <summary>
/// RFC 822 as feeds really write it (named zones, missing seconds or weekday, wrong weekday, two-digit years,
/// "1500" times, localised month names) and ISO 8601. Unparseable, impossible (year 0, a +1430 offset) or
/// missing → null, never an exception; callers use first-seen time.
/// </summary>
public static class FeedDateParser
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0, ["WET"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5,
        ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["AKST"] = -9, ["AKDT"] = -8, ["HST"] = -10,
        ["BST"] = 1, ["CET"] = 1, ["CEST"] = 2, ["MET"] = 1, ["MEST"] = 2, ["WEST"] = 1,
        ["EET"] = 2, ["EEST"] = 3, ["MSK"] = 3, ["JST"] = 9, ["KST"] = 9,
        ["AEST"] = 10, ["AEDT"] = 11, ["ACST"] = 9, ["AWST"] = 8, ["NZST"] = 12, ["NZDT"] = 13,
    };

    /// <summary>The longest date real feeds write is about 40 characters; anything far longer is not a date.</summary>
    private const int MaxLength = 100;

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (LooksIso(trimmed) && TryIso(trimmed, out var iso))
        {
            return iso;
        }

        if (TryRfc822(trimmed, out var rfc))
        {
            return rfc;
        }

        return TryIso(trimmed, out iso) ? iso : null;
    }

    private static bool LooksIso(string s) =>
        s.Length >= 10 && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[3]) && s[4] == '-';

    private static bool TryIso(string s, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);

    private static bool TryRfc822(string s, out DateTimeOffset value)
    {
        value = default;
        // The weekday is noise (often wrong or localised, and "mar" is both a weekday and a month elsewhere).
        var comma = s.IndexOf(',');
        if (comma > 0 && s[..comma].All(char.IsLetter))
        {
            s = s[(comma + 1)..];
        }

        int? day = null, month = null, year = null;
        int hour = 0, minute = 0, second = 0;
        var timeSeen = false;
        TimeSpan? offset = null;

        foreach (var raw in s.Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.TrimEnd('.');
            if (token.Contains(':') && char.IsAsciiDigit(token[0]) && !timeSeen)
            {
                var zoneAt = token.IndexOfAny(['+', '-', 'Z', 'z'], 1);
                var timePart = zoneAt > 0 ? token[..zoneAt] : token;
                if (!TryTime(timePart, out hour, out minute, out second))
                {
                    return false;
                }

                timeSeen = true;
                if (zoneAt > 0)
                {
                    offset = ParseZone(token[zoneAt..]);
                }
            }
            else if (token.All(char.IsAsciiDigit))
            {
                if (token.Length > 4)
                {
                    // No part of an RFC 822 date is longer; a long digit run is not a date.
                    return false;
                }

                var number = int.Parse(token, CultureInfo.InvariantCulture);
                if (day is null && token.Length <= 2 && number is >= 1 and <= 31)
                {
                    day = number;
                }
                else if (year is null && token.Length is 2 or 4)
                {
                    year = token.Length == 2 ? (number < 50 ? 2000 + number : 1900 + number) : number;
                }
                else if (!timeSeen && token.Length == 4)
                {
                    hour = number / 100;
                    minute = number % 100;
                    timeSeen = true;
                }
            }
            else if (token[0] is '+' or '-' && token.Length > 1 && char.IsAsciiDigit(token[1]))
            {
                offset = ParseZone(token);
            }
            else if (char.IsLetter(token[0]))
            {
                if (month is null && MonthOf(token) is { } m)
                {
                    month = m;
                }
                else if (offset is null)
                {
                    offset = ParseZone(token);
                }
            }
        }

        if (day is null || month is null || year is null || year is < 1 or > 9999 || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        if (day > DateTime.DaysInMonth(year.Value, month.Value) || offset is { } zone && (zone.Duration() > MaxOffset || zone.Seconds != 0))
        {
            return false;
        }

        try
        {
            value = new DateTimeOffset(year.Value, month.Value, day.Value, hour, minute, Math.Min(second, 59), offset ?? TimeSpan.Zero);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            // Valid parts whose UTC instant falls outside the calendar (1 Jan 0001 at +14:00).
            return false;
        }
    }

    private static bool TryTime(string text, out int hour, out int minute, out int second)
    {
        hour = minute = second = 0;
        var parts = text.Split(':');
        return parts.Length is 2 or 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out hour)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minute)
            && (parts.Length == 2 || int.TryParse(parts[2].Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out second));
    }

    private static TimeSpan? ParseZone(string token)
    {
        var zone = token.Trim('(', ')');
        if (ZoneHours.TryGetValue(zone, out var hours))
        {
            return TimeSpan.FromHours(hours);
        }

        // "GMT+0200", "UTC-5": a named UTC base followed by a numeric offset.
        foreach (var prefix in (string[])["GMT", "UTC", "UT"])
        {
            if (zone.Length > prefix.Length && zone.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return ParseZone(zone[prefix.Length..]);
            }
        }

        if (zone.Length < 2 || zone[0] is not ('+' or '-'))
        {
            return null;
        }

        var digits = zone[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (!digits.All(char.IsAsciiDigit) || digits.Length is 0 or > 4)
        {
            return null;
        }

        var (h, m) = digits.Length <= 2
            ? (int.Parse(digits, CultureInfo.InvariantCulture), 0)
            : (int.Parse(digits[..^2], CultureInfo.InvariantCulture), int.Parse(digits[^2..], CultureInfo.InvariantCulture));
        if (m > 59)
        {
            return null;
        }

        // Out-of-range hours are kept so the caller refuses the date rather than read it as UTC.
        var span = new TimeSpan(h, m, 0);
        return zone[0] == '-' ? -span : span;
    }

    private static int? MonthOf(string token)
    {
        var lower = token.ToLowerInvariant();
        if (lower.Length >= 4 && Months.TryGetValue(lower[..4], out var four))
        {
            return four;
        }

        return lower.Length >= 3 && Months.TryGetValue(lower[..3], out var three) ? three : null;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        // English first; then the common abbreviations of Portuguese, Spanish, French and German feeds.
        string[][] names =
        [
            ["jan", "ene", "janv"],
            ["feb", "fev", "fév", "févr", "fevr"],
            ["mar", "mär", "mrz", "mars"],
            ["apr", "abr", "avr"],
            ["may", "mai"],
            ["jun", "juin"],
            ["jul", "juil"],
            ["aug", "ago", "aoû", "aou", "août"],
            ["sep", "set", "sept"],
            ["oct", "out", "okt"],
            ["nov"],
            ["dec", "dez", "dic", "déc"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                months[name] = i + 1;
            }
        }

        return months;
    }
}
