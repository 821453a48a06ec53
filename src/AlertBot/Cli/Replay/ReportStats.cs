namespace AlertBot.Cli.Replay;

public sealed record ReportStats(int Articles, double Seconds, int Developments, int Skipped);
