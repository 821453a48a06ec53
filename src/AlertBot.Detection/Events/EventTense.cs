namespace AlertBot.Detection.Events;

/// <summary>When the reported event sits relative to the article: only current events are news.</summary>
public enum EventTense
{
    Current = 0,

    /// <summary>Told as context ("last week", "in 2018", "since", "earlier this year").</summary>
    Background,

    /// <summary>Not (yet) happened: threats, plans, conditions ("threatens to", "if confirmed", "willing to").</summary>
    Prospective,
}
