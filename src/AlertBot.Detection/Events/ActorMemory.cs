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

    public void Remember(string? actor)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            return;
        }

        var last = actor.TrimEnd().Split(' ')[^1].ToLowerInvariant();
        if (last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal) && !last.EndsWith("'s", StringComparison.Ordinal))
        {
            _plural = actor;
        }
        else
        {
            _singular = actor;
        }
    }
}
