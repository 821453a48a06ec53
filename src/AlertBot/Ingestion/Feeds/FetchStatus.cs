namespace AlertBot.Ingestion.Feeds;

public enum FetchStatus
{
    Ok,
    NotModified,
    Failed,
}
