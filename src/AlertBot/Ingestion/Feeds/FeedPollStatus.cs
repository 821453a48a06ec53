namespace AlertBot.Ingestion.Feeds;

public enum FeedPollStatus
{
    /// <summary>Backing off after failures; no request made.</summary>
    Skipped,
    NotModified,
    Fetched,
    Failed,
}
