namespace AlertBot.Ingestion.Feeds;

/// <param name="NewItems">Items handed to the pipeline this poll.</param>
/// <param name="FailedItems">Items whose processing threw; they are retried on the next poll.</param>
public sealed record FeedPollOutcome(FeedPollStatus Status, int NewItems, int FailedItems, string? Error)
{
    public static FeedPollOutcome Skipped { get; } = new(FeedPollStatus.Skipped, 0, 0, null);

    public static FeedPollOutcome NotModified { get; } = new(FeedPollStatus.NotModified, 0, 0, null);

    public static FeedPollOutcome Failed(string error) => new(FeedPollStatus.Failed, 0, 0, error);
}
