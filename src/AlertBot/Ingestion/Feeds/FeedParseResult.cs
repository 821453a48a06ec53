namespace AlertBot.Ingestion.Feeds;

/// <summary>Either the items of a feed or the reason the document was refused; parsing never throws.</summary>
public sealed record FeedParseResult(FeedFormat? Format, string? Title, IReadOnlyList<FeedItem> Items, string? Refusal)
{
    public bool IsFeed => Refusal is null;

    /// <summary>Something a reader of the log should know about a feed that was read (items sharing a guid).</summary>
    public string? Note { get; init; }

    public static FeedParseResult Success(FeedFormat format, string? title, IReadOnlyList<FeedItem> items) =>
        new(format, title, items, null);

    public static FeedParseResult Refused(string reason) => new(null, null, [], reason);
}
