using System.Globalization;

namespace AlertBot.Ingestion;

/// <summary>Recognises a line that is only a date ("May 03, 2013", "Published: 2024-12-08 10:30 UTC").</summary>
public static class DateLine
{
    private static readonly string[] Prefixes = ["published:", "updated:", "posted:", "date:", "published", "updated", "posted"];

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
        if (text.Length is < 6 or > 40 || !HasYear(text))
        {
            return false;
        }

        text = text.Replace(" UTC", " +00:00", StringComparison.OrdinalIgnoreCase).Replace(" GMT", " +00:00", StringComparison.OrdinalIgnoreCase);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);
    }

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
