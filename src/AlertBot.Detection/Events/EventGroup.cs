using AlertBot.Detection.Grouping;
using AlertBot.Detection.Places;

namespace AlertBot.Detection.Events;

/// <summary>One article's reports of one event: the clauses that state it, gathered before scoring.</summary>
public sealed class EventGroup(EventCandidate first)
{
    private readonly List<EventCandidate> _members = [first];
    private readonly HashSet<string> _actorStems = ActorStems(first.Actor);

    public IReadOnlyList<EventCandidate> Members => _members;

    public EventCandidate Lead => _members[0];

    public EventAction Action => Lead.Action;

    public EventTense Tense => _members.Min(m => m.Tense);

    /// <summary>The places the clauses name (most named first), else the article's main place.</summary>
    public IReadOnlyList<Place> Places
    {
        get
        {
            var named = _members.Where(m => m.PlacesFromText).SelectMany(m => m.Places).ToList();
            return named.Count == 0
                ? Lead.Places
                : named.GroupBy(p => p.GeonameId).OrderByDescending(g => g.Count()).Select(g => g.First()).ToList();
        }
    }

    public bool PlacesFromText => _members.Any(m => m.PlacesFromText);

    public bool Accepts(EventCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Action != Action || (candidate.Tense == EventTense.Background) != (Tense == EventTense.Background))
        {
            return false;
        }

        if (candidate.SentenceIndex >= 0 && Lead.SentenceIndex >= 0 && candidate.Tense != Tense)
        {
            // "… must remain at the scene if someone was injured or killed" is no report of a death the body tells elsewhere: a
            // group's first clause heads its development, so in the body a prospect never leads reports of what happened.
            return false;
        }

        if (candidate.SentenceIndex < 0 || Lead.SentenceIndex < 0)
        {
            // The title states the lead's event in other words: same kind of event, same development.
            return !candidate.PlacesFromText || !PlacesFromText || candidate.Places.Any(p => Places.Any(p.Agrees));
        }

        var mine = _members.Where(m => m.PlacesFromText).SelectMany(m => m.Places).Select(p => p.GeonameId).ToHashSet();
        if (candidate.PlacesFromText && mine.Count > 0)
        {
            // Both name places: the places decide.
            return candidate.Places.Any(p => mine.Contains(p.GeonameId));
        }

        var theirs = ActorStems(candidate.Actor);
        if (candidate.PlacesFromText != (mine.Count > 0))
        {
            // One names a place, the other leans on the article's: only the same actor ties them.
            return theirs.Overlaps(_actorStems);
        }

        return theirs.Count == 0 || _actorStems.Count == 0 || theirs.Overlaps(_actorStems);
    }

    public void Add(EventCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        _members.Add(candidate);
        _actorStems.UnionWith(ActorStems(candidate.Actor));
    }

    private static bool IsDemonymShaped(Token token) =>
        token.IsCapitalized && (token.Lower.EndsWith("an", StringComparison.Ordinal) || token.Lower.EndsWith("ese", StringComparison.Ordinal)
            || token.Lower.EndsWith("ish", StringComparison.Ordinal) || token.Lower.EndsWith('i'));

    private static HashSet<string> ActorStems(string? actor)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        if (actor is null)
        {
            return stems;
        }

        var tokens = Tokenizer.Tokenize(actor);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (i == 0 && tokens.Length > 1 && IsDemonymShaped(token))
            {
                // "French Prime Minister" and "French civil defence": the nationality is not who acted.
                continue;
            }

            if (token.IsWord && !StopWords.Contains(token.Lower) && !WordSets.Pronouns.Contains(token.Lower))
            {
                stems.Add(Stemmer.Stem(token.Lower));
            }
        }

        return stems;
    }
}
