using System.Globalization;
using System.Net;

namespace AlertBot.Tests.Ingestion.Feeds.Support;

/// <summary>Small RSS documents written by the tests themselves.</summary>
public static class FeedXml
{
    public static string Rss(params (string Title, string Link, DateTimeOffset? Published, string Description)[] items) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Test outlet</title><link>https://news.example/</link>
        {string.Concat(items.Select(Item))}
        </channel></rss>
        """;

    private static string Item((string Title, string Link, DateTimeOffset? Published, string Description) item) =>
        $"""
        <item><title>{WebUtility.HtmlEncode(item.Title)}</title><link>{WebUtility.HtmlEncode(item.Link)}</link>
        {(item.Published is { } p ? $"<pubDate>{p.ToString("r", CultureInfo.InvariantCulture)}</pubDate>" : "")}
        <description>{WebUtility.HtmlEncode(item.Description)}</description></item>
        """;
}
