using AlertBot.Detection.Places;

namespace AlertBot.Detection.Events;

/// <summary>One event one clause reports, before the article's reports of it are gathered into a development.</summary>
/// <param name="Clause">The clause's text: the evidence, cut from the sentence.</param>
/// <param name="TriggerAt">Character offset of the event word within <paramref name="Clause"/>.</param>
/// <param name="EventSubjectAt">Where the event's own subject starts within the clause (after "X said that"); -1 when the clause has no reporter before its own subject.</param>
/// <param name="ContentAction">For a declaration, the kind of event declared ("willing to hand over power").</param>
/// <param name="SentenceIndex">-1 for the title.</param>
/// <param name="PlacesFromText">False when <paramref name="Places"/> is the article's main place, not named in the clause.</param>
/// <param name="Magnitude">The largest count in the clause (dead, arrested), 0 when none.</param>
public sealed record EventCandidate(
    EventAction Action,
    double Weight,
    EventTense Tense,
    bool Hedged,
    string? Actor,
    bool ActorIsPronoun,
    string? Attribution,
    IReadOnlyList<Place> Places,
    bool PlacesFromText,
    string Clause,
    int TriggerAt,
    int EventSubjectAt,
    EventAction ContentAction,
    int SentenceIndex,
    int Magnitude);
