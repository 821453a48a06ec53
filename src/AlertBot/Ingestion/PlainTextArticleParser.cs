namespace AlertBot.Ingestion;

/// <summary>Plain text: the first line is the headline; a date line near the top is the publication time.</summary>
public static class PlainTextArticleParser
{
    private const int MaxHeadlineLength = 160;

    /// <summary>Lines under the headline where a date stamp sits (a standfirst, a byline, then the stamp).</summary>
    private const int StampSearchLines = 4;

    public static ParsedArticle Parse(string text)
    {
        var all = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        // Lines are skipped by index, not removed one by one: a file of a million blank lines must cost one pass.
        var start = 0;
        while (start < all.Length && string.IsNullOrWhiteSpace(all[start]))
        {
            start++;
        }

        if (start == all.Length)
        {
            throw new UnreadableArticleException("the file has no text");
        }

        DateTimeOffset? published = null;
        // Stamps above the headline ("May 2, 2013, 1: 12 PM", "APR 28", "8: 24am:"): the first dated one is the
        // publication time, and the headline is the first line that is not a stamp.
        while (start < all.Length && (string.IsNullOrWhiteSpace(all[start]) || DateLine.IsStamp(all[start])))
        {
            if (published is null && DateLine.TryParse(all[start], out var leading))
            {
                published = leading;
            }

            start++;
        }

        if (start == all.Length)
        {
            throw new UnreadableArticleException("the file has only a date");
        }

        var first = all[start].Trim();
        var lines = new List<string>(all.Length - start - 1);
        lines.AddRange(all.AsSpan(start + 1));
        var looked = 0;
        for (var i = 0; published is null && i < lines.Count && looked < StampSearchLines; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            looked++;
            if (DateLine.TryParse(lines[i], out var date))
            {
                published = date;
                lines.RemoveAt(i);
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
