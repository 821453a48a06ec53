namespace AlertBot.Ingestion.Feeds;

/// <summary>One followed feed (an entry of <c>Feeds:Sources</c>).</summary>
public sealed class FeedSourceOptions
{
    public const int DefaultIntervalSeconds = 300;
    public const int MinIntervalSeconds = 30;

    /// <summary>Outlet name shown with alerts; also the feed's identity in the database.</summary>
    public string Name { get; set; } = "";

    public string Url { get; set; } = "";

    public int IntervalSeconds { get; set; } = DefaultIntervalSeconds;

    /// <summary>Fetch each new item's page and extract the article text (feeds often carry one sentence).</summary>
    public bool FetchFullText { get; set; }
}
