using AlertBot.Storage;

namespace AlertBot.Ingestion.Feeds;

/// <summary>A feed_state row as Dapper reads it (SQLite integers are 64-bit, times are ISO text).</summary>
internal sealed class FeedStateRow
{
    public string Feed { get; init; } = "";

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public string? LastPolledUtc { get; init; }

    public string? LastSuccessUtc { get; init; }

    public long ConsecutiveFailures { get; init; }

    public long Healthy { get; init; }

    public string? NextPollUtc { get; init; }

    public string? LastError { get; init; }

    public FeedHealth ToHealth() => new(
        Feed,
        Healthy != 0,
        (int)ConsecutiveFailures,
        ParseTime(LastPolledUtc),
        ParseTime(LastSuccessUtc),
        ParseTime(NextPollUtc),
        LastError,
        ETag,
        LastModified);

    private static DateTimeOffset? ParseTime(string? text) => text is null ? null : Iso.Parse(text);
}
