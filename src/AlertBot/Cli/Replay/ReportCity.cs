namespace AlertBot.Cli.Replay;

public sealed record ReportCity(string Name, string Country, long? GeonameId = null, IReadOnlyList<string>? Aliases = null);
