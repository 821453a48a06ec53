namespace AlertBot.Cli.Replay;

/// <param name="CpuSeconds">The process's processor time over the same span, every thread (GC and JIT included): on a
/// shared machine it is the steadier measure of what the pipeline costs, and per core what the throughput bar counts.</param>
public sealed record ReportStats(int Articles, double Seconds, int Developments, int Skipped, double CpuSeconds);
