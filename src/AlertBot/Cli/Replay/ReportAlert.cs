namespace AlertBot.Cli.Replay;

public sealed record ReportAlert(
    string Id,
    string Headline,
    string Summary,
    IReadOnlyList<ReportCity> Cities,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Evidence,
    string FirstSeen,
    int Confirmations);
