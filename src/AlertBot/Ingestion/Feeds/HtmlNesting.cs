namespace AlertBot.Ingestion.Feeds;

/// <summary>
/// How deep a page's elements nest, counted in one pass without building a tree. The HTML parser and the
/// text extractor take time that grows with depth for every element, so a page of 100,000 nested divs would
/// hold up every file behind it for minutes; no real article nests more than a few dozen levels.
/// </summary>
internal static class HtmlNesting
{
    public const int MaxDepth = 256;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        // Elements whose end tag may be left out: real pages leave thousands of them open.
        "p", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "option", "optgroup", "rb", "rt", "rp",
        "colgroup", "caption", "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noscript"];

    public static bool TooDeep(string html, int maxDepth = MaxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var at = html.IndexOf('<', StringComparison.Ordinal);
        while (at >= 0 && at < html.Length - 1)
        {
            var next = at + 1;
            if (html[next] == '!')
            {
                var end = html.AsSpan(next).StartsWith("!--") ? html.IndexOf("-->", next, StringComparison.Ordinal) : html.IndexOf('>', next);
                at = end < 0 ? -1 : html.IndexOf('<', end);
                continue;
            }

            var closing = html[next] == '/';
            var nameStart = closing ? next + 1 : next;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (nameEnd == nameStart || tagEnd < 0)
            {
                at = html.IndexOf('<', next);
                continue;
            }

            var name = html[nameStart..nameEnd];
            if (closing)
            {
                depth = NotNesting.Contains(name) ? depth : Math.Max(0, depth - 1);
            }
            else if (html[tagEnd - 1] != '/' && !NotNesting.Contains(name))
            {
                if (++depth > maxDepth)
                {
                    return true;
                }

                if (RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    // Script and style text is not markup; skip to its end tag.
                    var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                    at = close < 0 ? -1 : close;
                    continue;
                }
            }

            at = html.IndexOf('<', tagEnd);
        }

        return false;
    }
}
