using System.Text.RegularExpressions;

namespace AlertBot.Detection.Summaries;

/// <summary>A source's title made into an alert's first line: attribution kept, but never left dangling at the end.</summary>
public static partial class TitleHeadline
{
    /// <summary>"X resigns, army chief says" becomes "X resigns, says army chief": the same words, a line that ends on a name.</summary>
    public static string Tidy(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var t = title.Trim();
        var m = TrailingSays().Match(t);
        return m.Success ? $"{t[..m.Index]}, {m.Groups["verb"].Value} {m.Groups["who"].Value}" : t;
    }

    [GeneratedRegex(@",\s+(?<who>[^,]{2,60}?)\s+(?<verb>says|said|say|tells|told)\s*[.:]?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TrailingSays();
}
