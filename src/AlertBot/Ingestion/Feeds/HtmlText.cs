using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace AlertBot.Ingestion.Feeds;

/// <summary>
/// Feed titles and descriptions carry escaped HTML; this reduces them to plain text without a DOM, because it
/// runs on every item of every poll. Block elements become line breaks so sentence splitting still works.
/// </summary>
public static partial class HtmlText
{
    public static string ToPlainText(string? html, bool singleLine = false)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var text = html;
        if (text.Contains('<'))
        {
            text = DroppedBlocks().Replace(text, " ");
            text = BlockTags().Replace(text, "\n");
            text = AnyTag().Replace(text, string.Empty);
        }

        if (text.Contains('&'))
        {
            text = WebUtility.HtmlDecode(text);
            // Descriptions are sometimes escaped twice: decoded markup is still markup. Only common HTML tags
            // count, so literal text such as "<today>" survives.
            if (text.Contains('<') && KnownTag().IsMatch(text))
            {
                return ToPlainText(text, singleLine);
            }
        }

        return Normalize(text, singleLine);
    }

    private static string Normalize(string text, bool singleLine)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                pendingBreak = true;
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = true;
            }
            else
            {
                if (builder.Length > 0 && (pendingBreak || pendingSpace))
                {
                    builder.Append(pendingBreak && !singleLine ? '\n' : ' ');
                }

                pendingBreak = false;
                pendingSpace = false;
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"<!--.*?-->|<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex DroppedBlocks();

    [GeneratedRegex(@"</?(p|br|div|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|header|footer|pre|hr|dd|dt|figure|figcaption)\b[^>]*>|</?t[dh]\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTags();

    [GeneratedRegex(@"</?(a|b|i|u|em|strong|p|br|div|span|img|ul|ol|li|h[1-6]|blockquote|figure|table|tr|td|font|small|sup|sub|cite|q|code|pre|hr)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KnownTag();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>|<![^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();
}
