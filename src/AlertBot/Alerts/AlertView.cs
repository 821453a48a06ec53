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
    IReadOnlyList<AlertSource> Sources);
