namespace AlertBot.Detection;

/// <summary>The kind of thing that happened; part of the key two reports must share to be one development.</summary>
/// <remarks>Values are stored in development keys: append new members, never renumber.</remarks>
public enum EventAction
{
    Other = 0,
    TookControl,
    Fled,
    Attack,
    Killed,
    Freed,
    Ousted,
    Declared,
    Protest,
    Celebration,
    Election,
    Arrested,
    Disaster,
    Agreement,
    Ended,
    Resigned,
    Appointed,
    Dismissed,
    Died,
    Injured,
    Charged,
    Sentenced,
    Accident,
    Admitted,
    Business,
    Won,
    Retreat,
    Advance,
    Ruled,
    MarketMove,

    /// <summary>Others' response to an event: reactions, congratulations, condemnation, tributes, calls for restraint.</summary>
    Reacted,
}
