namespace AlertBot.Ingestion.Feeds;

/// <summary>Either the items of a feed or the reason the document was refused; parsing never throws.</summary>
public sealed record FeedParseResult(FeedFormat? Format, string? Title, IReadOnlyList<FeedItem> Items, string? Refusal)
{
    public bool IsFeed => Refusal is null;

    public static FeedParseResult Success(FeedFormat format, string? title, IReadOnlyList<FeedItem> items) =>
        new(format, title, items, null);

    public static FeedParseResult Refused(string reason) => new(null, null, [], reason);
}
