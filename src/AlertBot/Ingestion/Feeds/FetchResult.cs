namespace AlertBot.Ingestion.Feeds;

/// <summary>Outcome of one guarded GET; failures carry a loggable (redacted) reason, never an exception.</summary>
public sealed record FetchResult(
    FetchStatus Status,
    byte[] Body,
    string? Charset,
    string? ETag,
    string? LastModified,
    Uri? FinalUrl,
    string? Error,
    TimeSpan? RetryAfter)
{
    public static FetchResult NotModified(Uri url) => new(FetchStatus.NotModified, [], null, null, null, url, null, null);

    public static FetchResult Failed(string error, TimeSpan? retryAfter = null) => new(FetchStatus.Failed, [], null, null, null, null, error, retryAfter);
}
