namespace AlertBot.Ingestion.Feeds;

/// <summary>A followed feed's state, for <c>/sources</c> and for the poller's conditional GET and backoff.</summary>
public sealed record FeedHealth(
    string Name,
    bool Healthy,
    int ConsecutiveFailures,
    DateTimeOffset? LastPolledUtc,
    DateTimeOffset? LastSuccessUtc,
    DateTimeOffset? NextPollUtc,
    string? LastError,
    string? ETag,
    string? LastModified)
{
    public static FeedHealth NeverPolled(string name) => new(name, true, 0, null, null, null, null, null, null);
}
