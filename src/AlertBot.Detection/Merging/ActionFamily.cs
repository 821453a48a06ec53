namespace AlertBot.Detection.Merging;

/// <summary>
/// Kinds of event that outlets use for one development ("gunmen attacked" / "five killed"; "arrested" / "charged"):
/// two reports must share a family, not the exact kind, to be one development.
/// </summary>
public static class ActionFamily
{
    public static int Of(EventAction action) => action switch
    {
        EventAction.TookControl or EventAction.Advance => 1,
        EventAction.Attack or EventAction.Killed or EventAction.Injured or EventAction.Died => 2,
        EventAction.Arrested or EventAction.Charged or EventAction.Sentenced => 3,
        EventAction.Ousted or EventAction.Resigned or EventAction.Ended => 4,
        EventAction.Appointed or EventAction.Dismissed => 5,
        EventAction.Disaster or EventAction.Accident => 6,
        EventAction.Protest or EventAction.Celebration => 7,
        _ => 100 + (int)action,
    };

    public static bool Compatible(EventAction a, EventAction b) =>
        a == EventAction.Other || b == EventAction.Other || Of(a) == Of(b);
}
