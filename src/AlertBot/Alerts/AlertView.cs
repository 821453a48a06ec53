namespace AlertBot.Alerts;

/// <summary>An alert as a subscriber sees it, read from the store when it is shown or sent.</summary>
public sealed record AlertView(
    long Id,
    string Headline,
    string Summary,
    string Certainty,
    int Confirmations,
    DateTimeOffset FirstSeen,
    DateTimeOffset Updated,
    double Significance,
    IReadOnlyList<AlertPlace> Places,
    IReadOnlyList<AlertSource> Sources)
{
    /// <summary>Goes up each time the alert changes after it was made, so a copy sent earlier is known to be stale.</summary>
    public long Version { get; init; } = 1;

    /// <summary>Two outlets or more: as stored, and as a reader can count them in the sources listed.</summary>
    public bool IsConfirmed => Confirmations >= 2 && AlertOutlets.Count(this) >= 2;
}
