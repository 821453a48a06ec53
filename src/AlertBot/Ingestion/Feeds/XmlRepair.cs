using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace AlertBot.Ingestion.Feeds;

/// <summary>
/// The two mistakes real feeds make most: HTML named entities (&amp;nbsp;, &amp;eacute;) that XML does not
/// know without a DTD, and bare ampersands ("AT&amp;T" written raw). Both are rewritten into valid XML.
/// </summary>
internal static partial class XmlRepair
{
    /// <returns>The repaired text, or null when there was nothing to repair.</returns>
    public static string? TryRepair(string text)
    {
        var repaired = Ampersand().Replace(text, match =>
        {
            var name = match.Groups["name"];
            if (!name.Success)
            {
                return "&amp;";
            }

            if (name.Value is "amp" or "lt" or "gt" or "quot" or "apos" || name.Value.StartsWith('#'))
            {
                return match.Value;
            }

            var decoded = WebUtility.HtmlDecode(match.Value);
            if (decoded == match.Value)
            {
                return "&amp;" + name.Value + ";";
            }

            return string.Concat(EnumerateCodePoints(decoded).Select(cp => "&#" + cp.ToString(CultureInfo.InvariantCulture) + ";"));
        });
        return repaired == text ? null : repaired;
    }

    private static IEnumerable<int> EnumerateCodePoints(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = char.ConvertToUtf32(text, i);
            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }

            yield return codePoint;
        }
    }

    [GeneratedRegex(@"&(?:(?<name>#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)?", RegexOptions.CultureInvariant)]
    private static partial Regex Ampersand();
}
