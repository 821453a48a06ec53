namespace AlertBot.Alerts;

public sealed class AlertsOptions
{
    public const string Section = "Alerts";

    /// <summary>How far back a new report looks for the same development to confirm.</summary>
    public double MergeWindowHours { get; set; } = 48;

    /// <summary>How many alerts /latest shows when no number is given.</summary>
    public int LatestDefault { get; set; } = 5;

    /// <summary>The most alerts one /latest or /city answer lists.</summary>
    public int MaxListed { get; set; } = 10;
}
