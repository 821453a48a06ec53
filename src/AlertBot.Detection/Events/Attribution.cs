namespace AlertBot.Detection.Events;

/// <summary>Who a sentence says its news comes from: "according to X", "…, X told Y", "…, said X", "X says …".</summary>
public static class Attribution
{
    private const int MaxWords = 9;

    /// <summary>The attribution stated around the event at token <paramref name="trigger"/>, or null.</summary>
    public static string? Find(string text, ReadOnlySpan<Token> tokens, int trigger, int clauseStart = 0)
    {
        var found = FindAny(text, tokens, trigger, clauseStart);
        return found is null || WordSets.Pronouns.Contains(found.ToLowerInvariant()) ? null : found;
    }

    private static string? FindAny(string text, ReadOnlySpan<Token> tokens, int trigger, int clauseStart)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Is("according") && tokens[i + 1].Is("to") && !tokens[i].InQuote)
            {
                return Span(text, tokens, i + 2, EndOfPhrase(tokens, i + 2));
            }
        }

        return Trailing(text, tokens, trigger) ?? Leading(text, tokens, trigger, clauseStart);
    }

    /// <summary>"…, a senior officer who was informed told the BBC" / "…, police said" / "…, said the rebels".</summary>
    private static string? Trailing(string text, ReadOnlySpan<Token> tokens, int trigger)
    {
        var comma = -1;
        for (var i = tokens.Length - 1; i > trigger; i--)
        {
            if (tokens[i].Is(",") && !tokens[i].InQuote)
            {
                comma = i;
                break;
            }
        }

        if (comma < 0)
        {
            return null;
        }

        for (var i = comma + 1; i < tokens.Length; i++)
        {
            var w = tokens[i].Lower;
            if (w is not ("said" or "says" or "told" or "say" or "reported" or "stated" or "added" or "confirmed"))
            {
                continue;
            }

            if (i == comma + 1)
            {
                // "…, said the rebels"
                return Span(text, tokens, i + 1, EndOfPhrase(tokens, i + 1));
            }

            var told = w == "told" && i + 1 < tokens.Length
                && (tokens[i + 1].IsCapitalized || (i + 2 < tokens.Length && tokens[i + 1].Is("the") && tokens[i + 2].IsCapitalized));
            var toName = (w is "said" or "says") && i + 2 < tokens.Length && tokens[i + 1].Is("to") && tokens[i + 2].IsCapitalized;
            if (told || toName)
            {
                var from = told ? i + 1 : i + 2;
                return Span(text, tokens, from, EndOfPhrase(tokens, from));
            }

            return NounPhrase.Subject(tokens, comma + 1, i) is { } np ? Span(text, tokens, np.Start, np.End) : null;
        }

        return null;
    }

    /// <summary>"Rebel forces say they have…" / "The Observatory has stated that…": the reporter before the event.</summary>
    private static string? Leading(string text, ReadOnlySpan<Token> tokens, int trigger, int clauseStart)
    {
        for (var r = trigger - 1; r > clauseStart; r--)
        {
            if (!tokens[r].InQuote && tokens[r].Lower is "said" or "says" or "say" or "stated" or "announced" or "declared"
                or "claimed" or "claim" or "claims" or "reported" or "told" or "quotes" or "confirmed" or "announce")
            {
                return NounPhrase.Subject(tokens, clauseStart, r) is { } np ? Span(text, tokens, np.Start, np.End) : null;
            }
        }

        return null;
    }

    private static int EndOfPhrase(ReadOnlySpan<Token> tokens, int from)
    {
        var end = from;
        while (end < tokens.Length && end - from < MaxWords && tokens[end].IsWord
            && !(end > from && (tokens[end].Lower is "on" or "that" or "who" or "which" or "in" or "as" or "at" or "and"
                || tokens[end].Lower.EndsWith("ing", StringComparison.Ordinal))))
        {
            end++;
        }

        return end;
    }

    private static string? Span(string text, ReadOnlySpan<Token> tokens, int start, int end) =>
        end > start ? text[tokens[start].Start..tokens[end - 1].End] : null;
}
