namespace AlertBot.Detection.Grouping;

/// <summary>The development a report joins, and how alike they are (in the units of <see cref="GroupingWeights.Threshold"/>).</summary>
public sealed record GroupingMatch(long DevelopmentId, double Score);
