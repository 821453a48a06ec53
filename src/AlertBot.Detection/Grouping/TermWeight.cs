namespace AlertBot.Detection.Grouping;

/// <summary>A word of a report and its weight in the report's unit-length TF-IDF vector.</summary>
public readonly record struct TermWeight(string Term, float Weight);
