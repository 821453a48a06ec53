namespace AlertBot.Detection.Events;

/// <summary>A word or phrase that reports an event of one kind.</summary>
/// <param name="Weight">0..1: how surely the phrase means this kind of event (homonyms score lower).</param>
/// <param name="Next">When set, the word after the phrase must be one of these ("@cap" = a capitalised word).</param>
/// <param name="NotNext">The word after the phrase must not be one of these.</param>
/// <param name="NotAfter">The word before the phrase must not be one of these.</param>
public sealed record Trigger(
    EventAction Action,
    double Weight,
    IReadOnlyList<string> Words,
    IReadOnlySet<string>? Next,
    IReadOnlySet<string>? NotNext,
    IReadOnlySet<string>? NotAfter = null);
