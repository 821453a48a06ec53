namespace AlertBot.Detection.Events;

/// <summary>Where a trigger phrase was found: token range [Start, End).</summary>
public readonly record struct TriggerMatch(Trigger Trigger, int Start, int End);
