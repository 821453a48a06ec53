namespace AlertBot.Ingestion.Feeds;

/// <summary>One entry of a feed, already reduced to clean text.</summary>
/// <param name="Key">Stable identity: guid/id, else the normalised link, else a hash of title and date.</param>
/// <param name="Link">Normalised absolute http(s) link, used to dedupe the same story across feeds.</param>
/// <param name="SourceLink">The link as the feed gives it (made absolute): the article's identity in alerts and reports.</param>
/// <param name="Summary">Description/summary as plain text.</param>
/// <param name="Content">Full content (content:encoded, Atom content, content_html) as plain text; empty when absent.</param>
public sealed record FeedItem(
    string Key,
    string? Id,
    string? Link,
    string Title,
    string Summary,
    string Content,
    DateTimeOffset? Published,
    string? SourceLink = null)
{
    /// <summary>Richest text the feed itself carries: full content when present, else the summary.</summary>
    public string Body => Content.Length > 0 ? Content : Summary;

    /// <summary>An entry with neither title nor text (only an id, say) is read but cannot become an article.</summary>
    public bool HasText => Title.Length > 0 || Body.Length > 0;
}
