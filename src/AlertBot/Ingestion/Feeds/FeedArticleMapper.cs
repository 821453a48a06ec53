using AlertBot.Alerts;

namespace AlertBot.Ingestion.Feeds;

public static class FeedArticleMapper
{
    /// <summary>
    /// Source is the item's link (its guid where there is none) so alerts point at the article. Items older
    /// than <paramref name="maxItemAge"/> are still stored and merged but never alert; an implausible date
    /// (in the future, before anything was online) counts as the time received.
    /// </summary>
    public static IncomingArticle ToIncoming(string outlet, FeedItem item, string? fullText, DateTimeOffset now, TimeSpan maxItemAge)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new IncomingArticle(
            Source: item.SourceLink ?? item.Link ?? item.Id ?? item.Key,
            Outlet: outlet,
            Title: item.Title,
            Body: string.IsNullOrWhiteSpace(fullText) ? item.Body : fullText,
            Url: item.Link,
            Published: item.Published,
            SuppressAlerts: IsStale(item, now, maxItemAge)).ReceivedAt(now);
    }

    public static bool IsStale(FeedItem item, DateTimeOffset now, TimeSpan maxItemAge)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Published is { } published && published >= IncomingArticle.EarliestPlausible && now - published > maxItemAge;
    }
}
