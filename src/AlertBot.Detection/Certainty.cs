namespace AlertBot.Detection;

/// <summary>How firmly the sources state a development; a later, firmer report updates the alert.</summary>
public enum Certainty
{
    Hedged = 0,
    Attributed = 1,
    Stated = 2,
}
