namespace AlertBot.Ingestion;

/// <summary>Plain text: the first line is the headline; a date line near the top is the publication time.</summary>
public static class PlainTextArticleParser
{
    private const int MaxHeadlineLength = 160;

    public static ParsedArticle Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[0]))
        {
            lines.RemoveAt(0);
        }

        if (lines.Count == 0)
        {
            throw new UnreadableArticleException("the file has no text");
        }

        DateTimeOffset? published = null;
        if (DateLine.TryParse(lines[0], out var leading))
        {
            // A dateline above the headline: the headline is the next line with text.
            published = leading;
            lines.RemoveAt(0);
            while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[0]))
            {
                lines.RemoveAt(0);
            }

            if (lines.Count == 0)
            {
                throw new UnreadableArticleException("the file has only a date");
            }
        }

        var first = lines[0].Trim();
        lines.RemoveAt(0);
        for (var i = 0; published is null && i < Math.Min(4, lines.Count); i++)
        {
            if (DateLine.TryParse(lines[i], out var date))
            {
                published = date;
                lines.RemoveAt(i);
                break;
            }
        }

        var rest = string.Join('\n', lines).Trim();
        if (first.Length <= MaxHeadlineLength)
        {
            return new ParsedArticle(first, rest.Length > 0 ? rest : first, published, null, null);
        }

        // A first line that is a whole paragraph is the lead, not a headline: keep it in the body and
        // let its first sentence stand as the title.
        var body = rest.Length > 0 ? first + "\n\n" + rest : first;
        return new ParsedArticle(FirstSentence(first), body, published, null, null);
    }

    private static string FirstSentence(string paragraph)
    {
        for (var i = 40; i < Math.Min(paragraph.Length - 1, MaxHeadlineLength); i++)
        {
            if (paragraph[i] is '.' or '!' or '?' && paragraph[i + 1] == ' ' && char.IsUpper(paragraph[Math.Min(i + 2, paragraph.Length - 1)]))
            {
                return paragraph[..(i + 1)];
            }
        }

        var cut = paragraph.LastIndexOf(' ', MaxHeadlineLength);
        return (cut > 40 ? paragraph[..cut] : paragraph[..MaxHeadlineLength]) + "...";
    }
}
