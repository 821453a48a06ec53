using System.Globalization;

namespace AlertBot.Ingestion;

/// <summary>Recognises a line that is only a date ("May 03, 2013", "Published: 2024-12-08 10:30 UTC").</summary>
public static partial class DateLine
{
    private static readonly string[] Prefixes =
        ["first published:", "last updated:", "published:", "updated:", "posted:", "date:", "published on", "published", "updated", "posted"];

    public static bool TryParse(string line, out DateTimeOffset value)
    {
        value = default;
        var text = (line ?? "").Trim();
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..].Trim();
                break;
            }
        }

        // A date line is short and carries a year; anything longer is prose that happens to contain a date.
        if (text.Length is < 6 or > 48 || !HasYear(text))
        {
            return false;
        }

        text = Tidy(text);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value)
            || DateTimeOffset.TryParse(text.Split(" at ", 2)[0].Split('|')[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value)
            || DateTimeOffset.TryParse(DateOnly(text), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);
    }

    /// <summary>Undoes tokenised spacing ("4: 59 p. m.") and maps zone names .NET does not read.</summary>
    private static string Tidy(string text)
    {
        text = TokenSpacing().Replace(text, "$1:$2");
        text = text.Replace("a. m.", "AM", StringComparison.OrdinalIgnoreCase).Replace("p. m.", "PM", StringComparison.OrdinalIgnoreCase)
            .Replace("a.m.", "AM", StringComparison.OrdinalIgnoreCase).Replace("p.m.", "PM", StringComparison.OrdinalIgnoreCase);
        foreach (var (zone, offset) in Zones)
        {
            if (text.EndsWith(" " + zone, StringComparison.OrdinalIgnoreCase))
            {
                return text[..^zone.Length] + offset;
            }
        }

        return text;
    }

    /// <summary>The date part alone when the time part is unreadable ("May 3, 2013 | 8: 20 am ET").</summary>
    private static string DateOnly(string text)
    {
        var year = YearRegex().Match(text);
        return year.Success ? text[..(year.Index + year.Length)] : text;
    }

    private static readonly (string Zone, string Offset)[] Zones =
    [
        ("UTC", "+00:00"), ("GMT", "+00:00"), ("BST", "+01:00"), ("CET", "+01:00"), ("CEST", "+02:00"),
        ("EST", "-05:00"), ("EDT", "-04:00"), ("CST", "-06:00"), ("CDT", "-05:00"), ("MST", "-07:00"),
        ("MDT", "-06:00"), ("PST", "-08:00"), ("PDT", "-07:00"), ("ET", "-05:00"), ("PT", "-08:00"),
    ];

    [System.Text.RegularExpressions.GeneratedRegex(@"(\d): (\d\d)")]
    private static partial System.Text.RegularExpressions.Regex TokenSpacing();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial System.Text.RegularExpressions.Regex YearRegex();

    private static bool HasYear(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }
}
