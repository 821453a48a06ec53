using System.Text.RegularExpressions;

namespace AlertBot.Ingestion;

/// <summary>Markdown: optional front matter (title, date, source, url), the first heading as headline, markup stripped.</summary>
public static partial class MarkdownArticleParser
{
    public static ParsedArticle Parse(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            var end = normalized.IndexOf("\n---", 4, StringComparison.Ordinal);
            if (end > 0)
            {
                foreach (var line in normalized[4..end].Split('\n'))
                {
                    var colon = line.IndexOf(':');
                    if (colon > 0)
                    {
                        meta[line[..colon].Trim()] = line[(colon + 1)..].Trim().Trim('"', '\'');
                    }
                }

                var after = normalized.IndexOf('\n', end + 4);
                normalized = after < 0 ? "" : normalized[(after + 1)..];
            }
        }

        var lines = new List<string>();
        string? heading = null;
        var inFence = false;
        foreach (var raw in normalized.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            var h = HeadingRegex().Match(line);
            if (h.Success)
            {
                var headingText = Inline(h.Groups[2].Value);
                if (heading is null && h.Groups[1].Value.Length == 1)
                {
                    heading = headingText;
                    continue;
                }

                lines.Add(headingText);
                continue;
            }

            lines.Add(Inline(ListRegex().Replace(line, "")));
        }

        var body = string.Join('\n', lines).Trim();
        meta.TryGetValue("title", out var title);
        title ??= heading;
        var parsed = PlainTextArticleParser.Parse(title is null ? body : title + "\n" + body);
        var published = parsed.Published;
        if ((meta.TryGetValue("date", out var date) || meta.TryGetValue("published", out date)) && DateLine.TryParse(date, out var d))
        {
            published = d;
        }

        return parsed with
        {
            Published = published,
            Outlet = meta.GetValueOrDefault("source") ?? meta.GetValueOrDefault("outlet"),
            Url = meta.GetValueOrDefault("url"),
        };
    }

    private static string Inline(string text)
    {
        text = ImageRegex().Replace(text, "");
        text = LinkRegex().Replace(text, "$1");
        text = EmphasisRegex().Replace(text, "$2");
        text = TagRegex().Replace(text, "");
        return System.Net.WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"^\s{0,3}(?:[-*+]\s+|\d+[.)]\s+|>\s?)+")]
    private static partial Regex ListRegex();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex ImageRegex();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkRegex();

    [GeneratedRegex(@"(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1")]
    private static partial Regex EmphasisRegex();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagRegex();
}
