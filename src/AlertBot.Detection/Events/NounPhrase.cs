namespace AlertBot.Detection.Events;

/// <summary>Finds the subject noun phrase in front of a verb: who did it, or who says so.</summary>
public static class NounPhrase
{
    private const int MaxWords = 8;

    private static readonly HashSet<string> AdverbialOpeners = new(
        ["in", "on", "at", "after", "before", "during", "however", "meanwhile", "but", "and", "amid", "as", "with", "for", "from",
         "over", "under", "since", "until", "following", "earlier", "later", "hours", "today", "yesterday", "then", "also", "so",
         "if", "when", "while", "although", "though", "because", "according", "by", "early", "late", "overnight", "now", "that"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> SubjectPronouns = new(["he", "she", "they", "we", "i"], StringComparer.Ordinal);

    /// <summary>The subject within [from, to), or null when the span holds none (only adverbials, auxiliaries).</summary>
    public static (int Start, int End)? Subject(ReadOnlySpan<Token> tokens, int from, int to)
    {
        var segStart = from;
        for (var i = from; i <= to; i++)
        {
            if (i < to && !tokens[i].Is(",") && !tokens[i].Is("("))
            {
                continue;
            }

            if (FromSegment(tokens, segStart, i) is { } found)
            {
                return found;
            }

            segStart = i + 1;
            if (i < to && tokens[i].Is("("))
            {
                // Skip a parenthesis: "(HTS)" never holds the subject.
                while (segStart < to && !tokens[segStart - 1].Is(")"))
                {
                    segStart++;
                }

                i = segStart - 1;
            }
        }

        return null;
    }

    private static (int Start, int End)? FromSegment(ReadOnlySpan<Token> tokens, int start, int end)
    {
        while (start < end && (!tokens[start].IsWord || tokens[start].Is("that") || tokens[start].Is("and")))
        {
            start++;
        }

        if (start >= end || IsAdverbial(tokens, start, end) || IsParticiple(tokens[start]))
        {
            return null;
        }

        if (tokens[start].Is("there"))
        {
            // "there were 46 arrests": a dummy subject names nobody.
            return null;
        }

        if (SubjectPronouns.Contains(tokens[start].Lower))
        {
            // A personal pronoun takes no modifiers: "He burst into the courtroom and shot and killed…" has "He" for subject,
            // however many verbs the lexicon does not know come after it.
            return (start, start + 1);
        }

        var stop = start;
        while (stop < end && stop - start < MaxWords && !IsVerbLike(tokens, stop, start))
        {
            stop++;
        }

        while (stop > start && (WordSets.Adverbs.Contains(tokens[stop - 1].Lower) || !tokens[stop - 1].IsWord))
        {
            stop--;
        }

        return stop > start ? (start, stop) : null;
    }

    private static bool IsAdverbial(ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (AdverbialOpeners.Contains(tokens[start].Lower))
        {
            return true;
        }

        for (var i = start; i < end; i++)
        {
            if (tokens[i].IsWord && !WordSets.TimeWords.Contains(tokens[i].Lower) && !tokens[i].Lower.All(char.IsDigit))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsParticiple(Token token) =>
        !token.IsCapitalized && (token.Lower.EndsWith("ed", StringComparison.Ordinal) || token.Lower.EndsWith("ing", StringComparison.Ordinal));

    private static bool IsVerbLike(ReadOnlySpan<Token> tokens, int i, int start)
    {
        var t = tokens[i];
        if (!t.IsWord)
        {
            return t.Is(",") || t.Is(";");
        }

        if (WordSets.Auxiliaries.Contains(t.Lower) || WordSets.Reporting.Contains(t.Lower) || t.Is("who") || t.Is("which") || t.Is("that"))
        {
            return true;
        }

        // A lower-case past form after the first word ("rebels captured", "Police arrested").
        return i > start && !t.IsCapitalized && t.Lower.Length > 3
            && (t.Lower.EndsWith("ed", StringComparison.Ordinal) || TriggerLexicon.Match(tokens, i) is not null)
            && !WordSets.Determiners.Contains(tokens[i - 1].Lower);
    }
}
