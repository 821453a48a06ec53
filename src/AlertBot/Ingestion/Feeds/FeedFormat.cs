namespace AlertBot.Ingestion.Feeds;

public enum FeedFormat
{
    Rss,
    Rdf,
    Atom,
    JsonFeed,
}
