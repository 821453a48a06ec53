namespace AlertBot.Ingestion;

/// <param name="RetryAt">When a file that was still being written will have settled (null when none is waiting).</param>
public sealed record InboxScanResult(int Processed, int Duplicates, int Quarantined, int Failed, DateTimeOffset? RetryAt);
