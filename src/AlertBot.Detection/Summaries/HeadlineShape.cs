namespace AlertBot.Detection.Summaries;

/// <summary>
/// Whether a line reads as an alert's first line: a few words, not too long, starting as a sentence does (not with a pronoun
/// or a connective that needs the sentence before it), ending on a word that ends a phrase (not "... as Republicans", "...
/// said"), not cut off, no link or handle.
/// </summary>
public static class HeadlineShape
{
    public const int MaxLength = 120;

    private static readonly HashSet<string> Openers = new(
        ["they", "he", "she", "it", "its", "this", "that", "these", "those", "their", "his", "her", "there", "and", "but", "also",
         "which", "who", "whose", "while", "as", "or", "so", "then", "being", "been"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words a phrase does not end on: articles, prepositions, conjunctions, auxiliaries, possessives, and "says".</summary>
    public static readonly IReadOnlySet<string> Dangling = new HashSet<string>(
        ["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "as", "that", "who", "which",
         "after", "before", "into", "than", "his", "her", "their", "its", "is", "are", "was", "were", "has", "have", "had", "will",
         "would", "says", "said"], StringComparer.OrdinalIgnoreCase);

    public static bool IsSound(string headline)
    {
        ArgumentNullException.ThrowIfNull(headline);
        var h = headline.Trim();
        var words = h.Replace('\u2019', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || h.Length > MaxLength)
        {
            return false;
        }

        if (!(char.IsUpper(h[0]) || char.IsDigit(h[0]) || h[0] is '"' or '\'' or '\u201c' or '\u2018'))
        {
            return false;
        }

        if (Openers.Contains(words[0].Trim('"', '\'', '\u201c', '\u2018', ',', '.')))
        {
            return false;
        }

        if (h.EndsWith('\u2026') || h.EndsWith("...", StringComparison.Ordinal))
        {
            return false;
        }

        if (Dangling.Contains(words[^1].Trim('"', '\'', '\u201d', '\u2019', ',', '.', ':', ';')))
        {
            return false;
        }

        return !h.Contains("http", StringComparison.OrdinalIgnoreCase) && !h.Contains("t.co/", StringComparison.Ordinal) && !h.Contains('@');
    }
}
