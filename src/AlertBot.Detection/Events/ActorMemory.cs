namespace AlertBot.Detection.Events;

/// <summary>The last plural and singular actors named, so "They have also claimed…" resolves to the rebels named before.</summary>
public sealed class ActorMemory
{
    private string? _plural;
    private string? _singular;

    public EventCandidate Resolve(EventCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.ActorIsPronoun && candidate.Actor is { } pronoun)
        {
            var resolved = pronoun.ToLowerInvariant() switch
            {
                "they" or "them" or "these" or "those" or "we" => _plural,
                "he" or "him" => Gender(_singular) == 'f' ? null : _singular,
                "she" or "her" => Gender(_singular) == 'm' ? null : _singular,
                _ => null,
            };
            return candidate with { Actor = resolved, ActorIsPronoun = resolved is null };
        }

        Remember(candidate.Actor);
        return candidate;
    }

    /// <summary>
    /// 'm' or 'f' when the phrase says so ("A woman", "Mr. Nichols", "the father of two"); else unknown. "He has been charged"
    /// after "A woman has died" is someone else, and naming her would state a falsehood.
    /// </summary>
    private static char Gender(string? actor)
    {
        if (actor is null)
        {
            return '?';
        }

        foreach (var word in actor.ToLowerInvariant().Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Female.Contains(word))
            {
                return 'f';
            }

            if (Male.Contains(word))
            {
                return 'm';
            }
        }

        return '?';
    }

    private static readonly HashSet<string> Female = new(
        ["woman", "girl", "mother", "wife", "daughter", "sister", "grandmother", "mrs", "ms", "miss", "actress", "queen", "princess", "lady", "widow", "she", "her"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Male = new(
        ["man", "boy", "father", "husband", "son", "brother", "grandfather", "mr", "actor", "king", "prince", "widower", "he", "him", "his"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Titles = new(
        ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "judge", "justice", "president", "senator", "sen", "gov", "governor", "rep",
         "minister", "general", "gen", "col", "capt", "sgt", "officer", "deputy", "detective", "pope", "king", "queen", "prince", "princess"],
        StringComparer.Ordinal);

    /// <summary>
    /// "Mr. Nichols", "Chris Williams": a surname ending in s is one person, so "he" is him and "they" is not. A titled or
    /// gendered phrase, or a name of capitalised words, is a person; a wrong guess only leaves a later pronoun unresolved.
    /// </summary>
    private static bool IsPersonsName(string[] words) =>
        Titles.Contains(words[0].TrimEnd('.').ToLowerInvariant())
        || (words.Length >= 2 && char.IsUpper(words[^1][0]) && char.IsUpper(words[^2][0]) && !words[^1].All(char.IsUpper));

    public void Remember(string? actor)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            return;
        }

        var words = actor.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words[^1].ToLowerInvariant();
        if (NamesAnEvent(actor))
        {
            // "Riots erupted …, before they opened fire": an event is the subject of its own verb, never who "they" are.
            return;
        }

        var plural = (last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal) && !last.EndsWith("'s", StringComparison.Ordinal))
            || (last.EndsWith("men", StringComparison.Ordinal) && last != "yemen");
        if (plural && !IsPersonsName(words))
        {
            _plural = actor;
        }
        else
        {
            _singular = actor;
        }
    }

    private static bool NamesAnEvent(string actor)
    {
        var tokens = Tokenizer.Tokenize(actor);
        var last = tokens.Length - 1;
        while (last >= 0 && !tokens[last].IsWord)
        {
            last--;
        }

        return last >= 0 && !IsAgentNoun(tokens[last].Lower) && TriggerLexicon.Match(tokens, last) is { } m && m.End == last + 1;
    }

    /// <summary>"Protesters", "gunmen", "bombers": people the event's words name, who are "they".</summary>
    private static bool IsAgentNoun(string word) =>
        word.EndsWith("ers", StringComparison.Ordinal) || word.EndsWith("ors", StringComparison.Ordinal) || word.EndsWith("men", StringComparison.Ordinal)
        || word.EndsWith("ists", StringComparison.Ordinal) || word.EndsWith("ants", StringComparison.Ordinal);
}
