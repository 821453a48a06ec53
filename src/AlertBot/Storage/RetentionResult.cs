namespace AlertBot.Storage;

/// <summary>What one retention pass removed; <see cref="Batches"/> counts its short write transactions.</summary>
public sealed record RetentionResult(int Developments, int Deliveries, int Articles, int FeedItems, int InboxFiles, int RateSlots, int Batches)
{
    public int Total => Developments + Deliveries + Articles + FeedItems + InboxFiles + RateSlots;
}
