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
                "he" or "she" or "him" or "her" => _singular,
                _ => null,
            };
            return candidate with { Actor = resolved, ActorIsPronoun = resolved is null };
        }

        Remember(candidate.Actor);
        return candidate;
    }

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
