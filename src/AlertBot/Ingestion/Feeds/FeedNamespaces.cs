namespace AlertBot.Ingestion.Feeds;

internal static class FeedNamespaces
{
    public const string Atom = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string Xml = "http://www.w3.org/XML/1998/namespace";
}
