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
    // The families' numbers are also what the signal dump writes and tools/grouping/train.py reads.
    private const int Unclear = 0;
    private const int Violence = 1;
    private const int Military = 2;
    private const int Justice = 3;
    private const int Power = 4;
    private const int Calamity = 5;
    private const int Crowds = 6;
    private const int Accords = 7;
    private const int Markets = 8;
    private const int Casualties = 9;
    private const int Responses = 10;

    public static bool IsCasualty(EventAction action) => Of(action) == Casualties;

    /// <summary>An event a toll can be of: an attack, a disaster or accident, a crackdown on a crowd.</summary>
    public static bool CausesTolls(EventAction action) => CausesTolls(Of(action));

    public static int Of(EventAction action) => action switch
    {
        // Freeing, rescuing and evacuating follow captures, attacks, disasters and accidents alike ("Dozens rescued after
        // cable car accident", "Residents evacuated after fire"): no kind of their own to veto with.
        EventAction.Other or EventAction.Declared or EventAction.Admitted or EventAction.Freed => Unclear,
        EventAction.Attack => Violence,
        EventAction.Killed or EventAction.Injured or EventAction.Died => Casualties,
        EventAction.TookControl or EventAction.Advance or EventAction.Retreat => Military,
        EventAction.Arrested or EventAction.Charged or EventAction.Sentenced or EventAction.Ruled => Justice,
        EventAction.Fled or EventAction.Ousted or EventAction.Resigned or EventAction.Appointed or EventAction.Dismissed or EventAction.Ended
            or EventAction.Election or EventAction.Won => Power,
        EventAction.Disaster or EventAction.Accident => Calamity,
        EventAction.Protest or EventAction.Celebration => Crowds,
        EventAction.Agreement => Accords,
        EventAction.Business or EventAction.MarketMove => Markets,
        // The world's reaction to a victory or an attack is another development than the victory or the attack.
        EventAction.Reacted => Responses,
        _ => Unclear,
    };

    /// <summary>Both reports clearly state an event, and of kinds one development is not reported as.</summary>
    public static bool Conflict(EventAction a, EventAction b) => Conflict(Of(a), Of(b));

    /// <summary><see cref="Conflict(EventAction, EventAction)"/> of the families <see cref="Of"/> gives.</summary>
    internal static bool Conflict(int x, int y)
    {
        if (x == Unclear || y == Unclear || x == y)
        {
            return false;
        }

        // A toll agrees with what can cause one.
        return x == Casualties ? !CausesTolls(y) : y != Casualties || !CausesTolls(x);
    }

    private static bool CausesTolls(int family) => family is Violence or Calamity or Crowds;
}
