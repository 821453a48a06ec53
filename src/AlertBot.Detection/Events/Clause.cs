namespace AlertBot.Detection.Events;

/// <summary>A span of a sentence's tokens, [Start, End), that states at most one event.</summary>
public readonly record struct Clause(int Start, int End);
