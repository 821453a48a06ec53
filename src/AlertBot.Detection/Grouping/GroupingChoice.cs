namespace AlertBot.Detection.Grouping;

/// <summary>What grouping decided for one development of an article.</summary>
/// <param name="Match">The known development it joins; null: it starts one.</param>
/// <param name="SameAs">Index of an earlier development of the same article that this one restates; -1 when none.</param>
public sealed record GroupingChoice(ReportSignal Signal, GroupingMatch? Match, int SameAs);
