namespace AlertBot.Detection.Events;

/// <summary>
/// Cuts a sentence where a new subject and verb begin ("…abandoned and rebels say…", "…, which began…",
/// "…hours after rebels reclaimed…"), so each event keeps only its own wording and places.
/// </summary>
public static class ClauseSplitter
{
    private const int VerbLookahead = 6;

    public static List<Clause> Split(ReadOnlySpan<Token> tokens)
    {
        var clauses = new List<Clause>(4);
        var start = 0;
        for (var i = 1; i < tokens.Length - 1; i++)
        {
            if (IsBoundary(tokens, i))
            {
                Add(clauses, tokens, start, i);
                start = tokens[i].IsWord ? i : i + 1;
            }
        }

        Add(clauses, tokens, start, tokens.Length);
        return clauses;
    }

    private static bool IsBoundary(ReadOnlySpan<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Is(";") || (t.Is(":") && !IsClockTime(tokens, i)))
        {
            return true;
        }

        if (!t.IsWord || t.InQuote)
        {
            return false;
        }

        var afterComma = tokens[i - 1].Is(",");
        if (t.Is("and") || t.Is("but"))
        {
            // "Forces backed by artillery and air support have…" coordinates a subject: the left side needs its own verb.
            return tokens[i + 1].Is("that") || (HasFiniteVerbBehind(tokens, i) && ((afterComma && HasVerbAhead(tokens, i + 1)) || HasFiniteVerbAhead(tokens, i + 1)));
        }

        if (WordSets.Subordinators.Contains(t.Lower) || t.Is("as"))
        {
            if ((t.Is("who") || t.Is("as")) && !afterComma)
            {
                return false;
            }

            // "since 2018", "since Friday afternoon" and "after only a day of fighting" are phrases, not clauses: require a verb
            // ahead, and no time after "since" or "until" (the subject's own phrase: "miners trapped since Friday have been rescued").
            if ((t.Is("since") || t.Is("until")) && WordSets.TimeWords.Contains(tokens[i + 1].Lower))
            {
                return false;
            }

            return !tokens[i + 1].Lower.All(char.IsDigit) && HasVerbAhead(tokens, i + 1);
        }

        return false;
    }

    /// <summary>An auxiliary or reporting verb soon after "and": a coordinated clause with its own subject.</summary>
    private static bool HasFiniteVerbAhead(ReadOnlySpan<Token> tokens, int from)
    {
        if (from >= tokens.Length || WordSets.Auxiliaries.Contains(tokens[from].Lower))
        {
            // "…and is missing" continues the same subject.
            return false;
        }

        for (var j = from + 1; j < Math.Min(tokens.Length, from + VerbLookahead); j++)
        {
            if (tokens[j].Is(",") || tokens[j].Is("and"))
            {
                return false;
            }

            if (WordSets.Auxiliaries.Contains(tokens[j].Lower) || WordSets.Reporting.Contains(tokens[j].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasFiniteVerbBehind(ReadOnlySpan<Token> tokens, int at)
    {
        for (var j = at - 1; j >= 0 && !tokens[j].Is(";") && !tokens[j].Is(":"); j--)
        {
            var w = tokens[j].Lower;
            if (WordSets.Auxiliaries.Contains(w) || WordSets.Reporting.Contains(w) || WordSets.IrregularPast.Contains(w) || TriggerLexicon.Match(tokens, j) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasVerbAhead(ReadOnlySpan<Token> tokens, int from)
    {
        for (var j = from; j < Math.Min(tokens.Length, from + VerbLookahead); j++)
        {
            var w = tokens[j].Lower;
            if (tokens[j].Is(","))
            {
                return false;
            }

            if (WordSets.Auxiliaries.Contains(w) || WordSets.Reporting.Contains(w) || WordSets.IrregularPast.Contains(w)
                || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !tokens[j].IsCapitalized))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(List<Clause> clauses, ReadOnlySpan<Token> tokens, int start, int end)
    {
        while (end > start && !tokens[end - 1].IsWord && !tokens[end - 1].Is("\"") && !tokens[end - 1].Is(")"))
        {
            end--;
        }

        if (end > start)
        {
            clauses.Add(new Clause(start, end));
        }
    }

    /// <summary>"about 3: 10 p. m.": a colon between numbers is a time (text from a tokenised source spaces it out).</summary>
    private static bool IsClockTime(ReadOnlySpan<Token> tokens, int colon) =>
        colon > 0 && colon + 1 < tokens.Length && IsNumber(tokens[colon - 1].Lower) && IsNumber(tokens[colon + 1].Lower);

    private static bool IsNumber(string word) => word.Length is > 0 and <= 2 && word.All(char.IsAsciiDigit);
}
