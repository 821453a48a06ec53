using System.Globalization;
using System.Text.RegularExpressions;

namespace AlertBot.Ingestion;

/// <summary>
/// Recognises a line that is only a date stamp ("May 03, 2013", "Posted on Thu Jun 13, 2013 08: 45 AM PDT",
/// "12: 52 p. m. EDT May 2, 2013", "12 / 16 / 08 1: 30 AM EST"). The parts are found one by one rather than
/// by one format string, because outlets order date, time and zone every possible way; what is left must be
/// stamp words ("posted", "updated", weekdays, zones) or at most a couple of others (a dateline's city).
/// </summary>
public static partial class DateLine
{
    /// <summary>Stamps are short; a longer line is prose that happens to contain a date.</summary>
    private const int MaxLength = 100;

    /// <summary>Words a stamp may carry besides its date ("WASHINGTON, DC", "TNN … MUMBAI"): more is a sentence.</summary>
    private const int MaxOtherWords = 2;

    public static bool TryParse(string line, out DateTimeOffset value)
    {
        value = default;
        var text = Tidy(line ?? "");
        if (text.Length is < 6 or > MaxLength)
        {
            return false;
        }

        if (!TryFindDate(text, out var date, out var dateMatch))
        {
            return false;
        }

        var rest = text.Remove(dateMatch.Index, dateMatch.Length).Insert(dateMatch.Index, " ");
        var time = TimeRegex().Match(rest);
        var clock = TimeSpan.Zero;
        if (time.Success && TryReadTime(time, out var read))
        {
            clock = read;
            rest = rest.Remove(time.Index, time.Length).Insert(time.Index, " ");
        }

        var offset = TimeSpan.Zero;
        foreach (Match zone in ZoneRegex().Matches(rest))
        {
            // The first word that reads as a zone: shouting labels ("POSTED AT") look like zones too.
            if (TryReadZone(zone.Value, out var zoneOffset))
            {
                offset = zoneOffset;
                break;
            }
        }

        if (CountOtherWords(rest) > MaxOtherWords)
        {
            return false;
        }

        value = new DateTimeOffset(date.ToDateTime(TimeOnly.FromTimeSpan(clock)), offset);
        return true;
    }

    /// <summary>
    /// A line that is only a stamp without a year ("APR 28", "Updated 9: 06 AM", "8: 24am:"): not a headline,
    /// though it cannot date the article.
    /// </summary>
    public static bool IsStamp(string line)
    {
        var text = Tidy(line ?? "");
        if (text.Length is 0 or > MaxLength)
        {
            return false;
        }

        if (TryParse(text, out _))
        {
            return true;
        }

        var rest = TimeRegex().Replace(text, " ");
        var found = rest.Length != text.Length;
        var monthDay = MonthDayRegex().Replace(rest, " ");
        found |= monthDay.Length != rest.Length;
        return found && Words(monthDay).All(w => StampWords.Contains(w) || Zones.ContainsKey(w.ToUpperInvariant()));
    }

    private static bool TryFindDate(string text, out DateOnly date, out Match match)
    {
        date = default;
        foreach (var regex in (Regex[])[IsoRegex(), MonthFirstRegex(), DayFirstRegex(), SlashRegex(), DottedRegex()])
        {
            match = regex.Match(text);
            if (match.Success && TryReadDate(regex, match, out date))
            {
                return true;
            }
        }

        match = Match.Empty;
        return false;
    }

    private static bool TryReadDate(Regex regex, Match m, out DateOnly date)
    {
        date = default;
        int year = Int(m.Groups["y"].Value), month, day;
        if (regex == SlashRegex())
        {
            // US order unless the first number cannot be a month.
            var first = Int(m.Groups["a"].Value);
            var second = Int(m.Groups["b"].Value);
            (month, day) = first > 12 ? (second, first) : (first, second);
        }
        else if (regex == DottedRegex())
        {
            // Dotted dates are European: day first.
            (day, month) = (Int(m.Groups["a"].Value), Int(m.Groups["b"].Value));
        }
        else
        {
            month = m.Groups["m"].Value is { Length: > 0 } name && !char.IsAsciiDigit(name[0]) ? MonthOf(name) : Int(m.Groups["m"].Value);
            day = Int(m.Groups["d"].Value);
        }

        if (year < 100)
        {
            year += year < 70 ? 2000 : 1900;
        }

        if (month is < 1 or > 12 || day < 1 || year is < 1900 or > 2100 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryReadTime(Match m, out TimeSpan time)
    {
        time = default;
        var hour = Int(m.Groups["h"].Value);
        var minute = Int(m.Groups["min"].Value);
        var second = m.Groups["s"].Success ? Int(m.Groups["s"].Value) : 0;
        var half = m.Groups["ap"].Value.ToLowerInvariant();
        if (half.StartsWith('p') && hour < 12)
        {
            hour += 12;
        }
        else if (half.StartsWith('a') && hour == 12)
        {
            hour = 0;
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeSpan(hour, minute, second);
        return true;
    }

    private static bool TryReadZone(string zone, out TimeSpan offset)
    {
        var upper = zone.ToUpperInvariant();
        if (Zones.TryGetValue(upper, out offset))
        {
            return true;
        }

        var m = OffsetRegex().Match(upper);
        if (!m.Success)
        {
            return false;
        }

        var hours = Int(m.Groups["h"].Value);
        var minutes = m.Groups["m"].Success ? Int(m.Groups["m"].Value) : 0;
        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (m.Groups["sign"].Value == "-" ? -1 : 1);
        return true;
    }

    private static int CountOtherWords(string rest) =>
        Words(rest).Count(w => !StampWords.Contains(w) && !Zones.ContainsKey(w.ToUpperInvariant()) && !FunctionWords.Contains(w));

    private static IEnumerable<string> Words(string text) =>
        WordRegex().Matches(text).Select(m => m.Value.ToLowerInvariant());

    /// <summary>Undoes tokenised spacing ("4: 59 p. m.", "12 / 16 / 08", "05. 51AM") so the parts read as written.</summary>
    private static string Tidy(string text)
    {
        text = text.Trim();
        text = ColonSpacing().Replace(text, ":");
        text = SlashSpacing().Replace(text, "$1/");
        text = DotTime().Replace(text, "$1:$2$3");
        text = HalfDay().Replace(text, m => m.Groups[1].Value + "m");
        return text;
    }

    private static int MonthOf(string name) =>
        Array.FindIndex(MonthNames, m => name.StartsWith(m, StringComparison.OrdinalIgnoreCase)) + 1;

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly HashSet<string> StampWords = new(StringComparer.Ordinal)
    {
        "posted", "published", "updated", "update", "last", "first", "created", "edited", "modified", "date", "dated", "time",
        "story", "article", "on", "at", "am", "pm", "a", "p", "m", "today", "news",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>Small words inside a stamp's label ("End of Watch", "Posted by the desk") that are not prose on their own.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "of", "the", "by", "in", "and" };

    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.Ordinal)
    {
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero, ["BST"] = TimeSpan.FromHours(1),
        ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2), ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3),
        ["IST"] = new TimeSpan(5, 30, 0), ["HKT"] = TimeSpan.FromHours(8), ["JST"] = TimeSpan.FromHours(9),
        ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11),
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["ET"] = TimeSpan.FromHours(-5),
        ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5), ["CT"] = TimeSpan.FromHours(-6),
        ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6), ["MT"] = TimeSpan.FromHours(-7),
        ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7), ["PT"] = TimeSpan.FromHours(-8),
        ["AKST"] = TimeSpan.FromHours(-9), ["AKDT"] = TimeSpan.FromHours(-8), ["HST"] = TimeSpan.FromHours(-10),
    };

    private const string Month = @"(?<m>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?";

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d) ?(?<sep>[-./]) ?(?<m>\d\d) ?\k<sep> ?(?<d>\d\d)(?:T(?=\d))?")]
    private static partial Regex IsoRegex();

    [GeneratedRegex(@"\b" + Month + @",?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,|\s-)?\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirstRegex();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirstRegex();

    [GeneratedRegex(@"\b(?<a>\d{1,2})/(?<b>\d{1,2})/(?<y>\d{4}|\d\d)\b")]
    private static partial Regex SlashRegex();

    [GeneratedRegex(@"\b(?<a>\d{1,2})\.\s?(?<b>\d{1,2})\.\s?(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex DottedRegex();

    [GeneratedRegex(@"\b" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+" + Month + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayRegex();

    [GeneratedRegex(@"\b(?<h>\d{1,2}):(?<min>\d\d)(?::(?<s>\d\d))?(?:\.\d+)?\s*(?<ap>[ap]\.?m\b\.?|[ap]\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex TimeRegex();

    [GeneratedRegex(@"\b(?:[A-Z]{1,4}T|UTC|GMT|Z)(?:[+-]\d{1,2}(?::?\d{1,2})?)?\b|(?<![\d:])[+-]\d\d:?\d\d\b")]
    private static partial Regex ZoneRegex();

    [GeneratedRegex(@"(?:GMT|UTC)?(?<sign>[+-])(?<h>\d{1,2})(?::?(?<m>\d{1,2}))?")]
    private static partial Regex OffsetRegex();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"(?<=\d): (?=\d\d)")]
    private static partial Regex ColonSpacing();

    [GeneratedRegex(@"(\d) ?/ ?(?=\d)")]
    private static partial Regex SlashSpacing();

    [GeneratedRegex(@"(\d)\. (\d\d)\s*([ap]m)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DotTime();

    [GeneratedRegex(@"\b([ap])\. ?m\.", RegexOptions.IgnoreCase)]
    private static partial Regex HalfDay();
}
