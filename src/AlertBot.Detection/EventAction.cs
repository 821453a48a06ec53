namespace AlertBot.Detection;

/// <summary>The kind of thing that happened; part of the key two reports must share to be one development.</summary>
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
}
