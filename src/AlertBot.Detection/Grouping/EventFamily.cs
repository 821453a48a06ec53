namespace AlertBot.Detection.Grouping;

/// <summary>
/// Kinds of event that one development can be reported as: a stabbing is reported as an attack, a killing or injuries, so
/// those agree; a stabbing and a ferry sinking do not. A toll (deaths, injuries) is what an attack, a disaster, an accident
/// or a crackdown did, so it agrees with each of those. A leader fleeing is a change of power (reported as resigning or being
/// ousted), not a military move. Unclear kinds (<see cref="EventAction.Other"/>, a declaration, a release) agree
/// with everything.
/// </summary>
public static class EventFamily
{
    private const int Casualties = 9;

    public static bool IsCasualty(EventAction action) => Of(action) == Casualties;

    public static int Of(EventAction action) => action switch
    {
        // Freeing and rescuing follow captures, attacks, disasters and accidents alike ("Dozens rescued after cable car
        // accident"): no kind of their own to veto with.
        EventAction.Other or EventAction.Declared or EventAction.Admitted or EventAction.Freed => 0,
        EventAction.Attack => 1,
        EventAction.Killed or EventAction.Injured or EventAction.Died => Casualties,
        EventAction.TookControl or EventAction.Advance or EventAction.Retreat => 2,
        EventAction.Arrested or EventAction.Charged or EventAction.Sentenced or EventAction.Ruled => 3,
        EventAction.Fled or EventAction.Ousted or EventAction.Resigned or EventAction.Appointed or EventAction.Dismissed or EventAction.Ended
            or EventAction.Election or EventAction.Won => 4,
        EventAction.Disaster or EventAction.Accident => 5,
        EventAction.Protest or EventAction.Celebration => 6,
        EventAction.Agreement => 7,
        EventAction.Business or EventAction.MarketMove => 8,
        _ => 0,
    };

    /// <summary>Both reports clearly state an event, and of kinds one development is not reported as.</summary>
    public static bool Conflict(EventAction a, EventAction b)
    {
        var x = Of(a);
        var y = Of(b);
        if (x == Casualties || y == Casualties)
        {
            var other = x == Casualties ? y : x;
            return other is not (0 or 1 or 5 or 6 or Casualties);
        }

        return x != 0 && y != 0 && x != y;
    }
}
