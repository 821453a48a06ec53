using System.Text;
using AlertBot.Ingestion.Feeds;

namespace AlertBot.Tests.Ingestion.Feeds;

public sealed class FeedParserFormatTests
{
    private readonly FeedParser _parser = new();

    [Fact]
    public void Parse_Rss20_ReadsItemsPreferringContentEncoded()
    {
        const string rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Evening &amp; Morning News</title>
                <link>https://news.example.com/</link>
                <item>
                  <title>Bridge &lt;b&gt;reopens&lt;/b&gt; after repairs</title>
                  <link>https://news.example.com/bridge?utm_source=rss</link>
                  <guid isPermaLink="false">news-123</guid>
                  <pubDate>Mon, 03 Mar 2025 08:15:00 GMT</pubDate>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>The bridge reopened on Monday.</p><p>Traffic resumed at noon.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Relative link item</title>
                  <link>/local/story</link>
                  <dc:date>2025-03-03T09:00:00Z</dc:date>
                  <description>Body text here.</description>
                </item>
              </channel>
            </rss>
            """;

        var result = _parser.Parse(rss);

        Assert.True(result.IsFeed);
        Assert.Equal(FeedFormat.Rss, result.Format);
        Assert.Equal("Evening & Morning News", result.Title);
        Assert.Equal(2, result.Items.Count);
        var first = result.Items[0];
        Assert.Equal("news-123", first.Key);
        Assert.Equal("Bridge reopens after repairs", first.Title);
        Assert.Equal("https://news.example.com/bridge", first.Link);
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 8, 15, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("Short teaser.", first.Summary);
        Assert.Equal("The bridge reopened on Monday.\nTraffic resumed at noon.", first.Body);
        var second = result.Items[1];
        Assert.Equal("https://news.example.com/local/story", second.Link);
        Assert.Equal("https://news.example.com/local/story", second.Key);
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero), second.Published);
    }

    [Fact]
    public void Parse_Rss091WithoutDates_ItemsHaveNullPublished()
    {
        const string rss = """
            <rss version="0.91"><channel><title>Old</title><link>http://old.example/</link>
            <item><title>First</title><link>http://old.example/1</link><description>One.</description></item>
            </channel></rss>
            """;

        var item = Assert.Single(_parser.Parse(rss).Items);

        Assert.Null(item.Published);
        Assert.Equal("http://old.example/1", item.Key);
    }

    [Fact]
    public void Parse_ItemWithoutGuidOrLink_KeyIsStableHashOfTitleAndDate()
    {
        const string rss = """
            <rss version="2.0"><channel><title>T</title>
            <item><title>No identity</title><pubDate>Mon, 03 Mar 2025 08:15:00 GMT</pubDate></item>
            </channel></rss>
            """;

        var first = Assert.Single(_parser.Parse(rss).Items);
        var again = Assert.Single(_parser.Parse(rss).Items);

        Assert.StartsWith("sha256:", first.Key, StringComparison.Ordinal);
        Assert.Equal(first.Key, again.Key);
        Assert.Null(first.Link);
    }

    [Fact]
    public void Parse_ItemsSharingHomePageLinkWithoutGuid_DistinctKeys()
    {
        const string rss = """
            <rss version="2.0"><channel><title>T</title><link>https://site.example/</link>
            <item><title>First story</title><link>https://site.example/</link></item>
            <item><title>Second story</title><link>https://site.example/</link></item>
            <item><title>Own page</title><link>https://site.example/own</link></item>
            </channel></rss>
            """;

        var items = _parser.Parse(rss).Items;

        Assert.Equal(3, items.Select(i => i.Key).Distinct().Count());
        Assert.StartsWith("sha256:", items[0].Key, StringComparison.Ordinal);
        Assert.Equal("https://site.example/own", items[2].Key);
    }

    [Fact]
    public void Parse_ItemsSharingAGuid_ToldApartByLinkThenTitleAndDate()
    {
        const string rss = """
            <rss version="2.0"><channel><title>Wire</title>
              <item><guid>42</guid><title>Bridge reopens</title><link>https://news.example.com/bridge</link><description>Traffic resumed.</description></item>
              <item><guid>42</guid><title>Tram line approved</title><link>https://news.example.com/tram</link><description>The vote passed.</description></item>
              <item><guid>42</guid><title>School wins prize</title><description>Pupils built a rover.</description></item>
              <item><guid>42</guid><title>Market moves</title><pubDate>Mon, 03 Mar 2025 08:15:00 GMT</pubDate><description>To the square.</description></item>
              <item><guid>42</guid><title>Market moves</title><pubDate>Tue, 04 Mar 2025 08:15:00 GMT</pubDate><description>Back again.</description></item>
              <item><guid>42</guid><title>Market moves</title><pubDate>Tue, 04 Mar 2025 08:15:00 GMT</pubDate><description>Back again.</description></item>
            </channel></rss>
            """;

        var result = _parser.Parse(rss);

        Assert.Equal(5, result.Items.Count);
        Assert.Equal(5, result.Items.Select(i => i.Key).Distinct().Count());
        Assert.Equal(["https://news.example.com/bridge", "https://news.example.com/tram"], result.Items.Take(2).Select(i => i.Key));
        Assert.Contains("share", result.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EntryWithDescriptionButNoTitleOrLink_IsRead()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
              <entry><summary>Rebels took full control of the city on Sunday, residents said.</summary></entry>
            </feed>
            """;
        const string rss = """
            <rss version="2.0"><channel><title>Wire</title>
              <item><description>Rebels took full control of the city on Sunday, residents said.</description></item>
            </channel></rss>
            """;

        var items = _parser.Parse(atom).Items.Concat(_parser.Parse(rss).Items).ToList();

        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal("Rebels took full control of the city on Sunday, residents said.", i.Title));
        Assert.All(items, i => Assert.True(i.HasText));
    }

    [Fact]
    public void Parse_Rdf_ReadsItemsBesideChannel()
    {
        const string rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://science.example/"><title>Science weekly</title><link>https://science.example/</link></channel>
              <item rdf:about="https://science.example/a1">
                <title>Fungi feed forests</title>
                <link>https://science.example/a1</link>
                <description>Roots share sugar.</description>
                <dc:date>2025-06-15T10:29:47-07:00</dc:date>
              </item>
            </rdf:RDF>
            """;

        var result = _parser.Parse(rdf);

        Assert.Equal(FeedFormat.Rdf, result.Format);
        var item = Assert.Single(result.Items);
        Assert.Equal("https://science.example/a1", item.Key);
        Assert.Equal("Fungi feed forests", item.Title);
        Assert.Equal(new DateTimeOffset(2025, 6, 15, 17, 29, 47, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void Parse_Atom_ReadsEntriesWithXhtmlContentAndXmlBase()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.org/">
              <title type="html">Dev &amp;amp; Ops</title>
              <entry>
                <id>tag:blog.example.org,2025:post-1</id>
                <title type="text">Release 2.0 ships</title>
                <link rel="alternate" type="text/html" href="posts/release-2"/>
                <link rel="enclosure" href="https://cdn.example.org/a.mp3"/>
                <published>2025-02-01T17:22:00+01:00</published>
                <updated>2025-02-02T10:00:00+01:00</updated>
                <summary>Two point oh.</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>It ships &lt;today&gt;.</p><p>Upgrade now.</p></div></content>
              </entry>
              <entry>
                <id>tag:blog.example.org,2025:post-2</id>
                <title>Only updated</title>
                <updated>2025-02-03T10:00:00Z</updated>
                <content type="html">&lt;p&gt;Escaped &amp;amp; fine&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

        var result = _parser.Parse(atom);

        Assert.Equal(FeedFormat.Atom, result.Format);
        Assert.Equal("Dev & Ops", result.Title);
        Assert.Equal(2, result.Items.Count);
        var first = result.Items[0];
        Assert.Equal("tag:blog.example.org,2025:post-1", first.Key);
        Assert.Equal("https://blog.example.org/posts/release-2", first.Link);
        Assert.Equal(new DateTimeOffset(2025, 2, 1, 16, 22, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("It ships <today>.\nUpgrade now.", first.Body);
        Assert.Equal(new DateTimeOffset(2025, 2, 3, 10, 0, 0, TimeSpan.Zero), result.Items[1].Published);
        Assert.Equal("Escaped & fine", result.Items[1].Body);
    }

    [Fact]
    public void Parse_JsonFeed11_ReadsItems()
    {
        const string json = """
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "JSON News",
              "home_page_url": "https://json.example.net/",
              "items": [
                { "id": "1", "url": "https://json.example.net/one?fbclid=abc", "title": "First &amp; foremost",
                  "content_html": "<p>Hello <b>world</b>.</p>", "summary": "Hi", "date_published": "2025-05-01T12:00:00Z" },
                { "id": 2, "content_text": "Untitled note about the harbour reopening today.", "date_modified": "2025-05-02T08:00:00+02:00" },
                { "id": "3" }
              ]
            }
            """;

        var result = _parser.Parse(json);

        Assert.Equal(FeedFormat.JsonFeed, result.Format);
        Assert.Equal("JSON News", result.Title);
        Assert.Equal(3, result.Items.Count);
        Assert.False(result.Items[2].HasText, "an item with only an id is read but has nothing to ingest");
        Assert.Equal("https://json.example.net/one", result.Items[0].Link);
        Assert.Equal("First & foremost", result.Items[0].Title);
        Assert.Equal("Hello world.", result.Items[0].Body);
        Assert.Equal("2", result.Items[1].Key);
        Assert.Equal("Untitled note about the harbour reopening today.", result.Items[1].Title);
        Assert.Equal(new DateTimeOffset(2025, 5, 2, 6, 0, 0, TimeSpan.Zero), result.Items[1].Published);
    }

    [Fact]
    public void Parse_JsonThatIsNotAFeed_IsRefused()
    {
        var result = _parser.Parse("""{ "title": "An article", "body": "text" }""");

        Assert.False(result.IsFeed);
        Assert.StartsWith("not a feed", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HtmlEntitiesAndBareAmpersandsWithoutDtd_Repaired()
    {
        const string rss = """
            <rss version="2.0"><channel><title>Caf&eacute; &amp; Bar</title>
            <item><title>AT&T and R&D news&nbsp;today &mdash; &#233;t&#xE9; &#128512;</title><link>https://a.example/1?x=1&y=2</link></item>
            </channel></rss>
            """;

        var result = _parser.Parse(rss);

        Assert.True(result.IsFeed, result.Refusal);
        Assert.Equal("Café & Bar", result.Title);
        var item = Assert.Single(result.Items);
        Assert.Equal("AT&T and R&D news today — été 😀", item.Title);
        Assert.Equal("https://a.example/1?x=1&y=2", item.Link);
    }

    [Fact]
    public void Parse_WhitespaceBeforeXmlDeclaration_Tolerated()
    {
        var result = _parser.Parse("\n\n  <?xml version=\"1.0\"?><rss><channel><item><title>Late start</title><link>https://a.example/2</link></item></channel></rss>");

        Assert.Equal("Late start", Assert.Single(result.Items).Title);
    }

    [Fact]
    public void Parse_BytesWithUtf8Bom_Decoded()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<rss><channel><item><title>Zürich café</title><link>https://a.example/1</link></item></channel></rss>")).ToArray();

        Assert.Equal("Zürich café", Assert.Single(_parser.Parse(bytes).Items).Title);
    }
}
