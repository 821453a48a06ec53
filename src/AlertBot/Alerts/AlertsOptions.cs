namespace AlertBot.Alerts;

public sealed class AlertsOptions
{
    public const string Section = "Alerts";

    /// <summary>How far back a new report looks for the same development to confirm.</summary>
    public double MergeWindowHours { get; set; } = 48;

    /// <summary>
    /// How far back a new article looks for the story it belongs to (articles whose headline and lead are alike).
    /// Longer than the merge window: outlets keep reporting one event for days.
    /// </summary>
    public double StoryWindowHours { get; set; } = 168;

    /// <summary>How many alerts /latest shows when no number is given.</summary>
    public int LatestDefault { get; set; } = 5;

    /// <summary>The most alerts one /latest or /city answer lists.</summary>
    public int MaxListed { get; set; } = 10;
}
