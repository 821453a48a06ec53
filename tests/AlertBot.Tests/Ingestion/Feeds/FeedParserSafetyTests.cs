using System.Text;
using AlertBot.Ingestion.Feeds;

namespace AlertBot.Tests.Ingestion.Feeds;

public sealed class FeedParserSafetyTests
{
    private readonly FeedParser _parser = new();

    [Fact]
    public void Parse_ExternalEntity_RefusedWithoutReadingFile()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <rss version="2.0"><channel><item><title>&secret;</title></item></channel></rss>
            """;

        var result = _parser.Parse(xxe);

        Assert.False(result.IsFeed);
        Assert.StartsWith("DTD prohibited", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BillionLaughs_RefusedQuickly()
    {
        var laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            laughs.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))};", 10))}\">");
        }

        laughs.Append("]><rss><channel><item><title>&lol9;</title></item></channel></rss>");

        var result = _parser.Parse(laughs.ToString());

        Assert.False(result.IsFeed);
        Assert.StartsWith("DTD prohibited", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooLarge_RefusedWithSize()
    {
        var parser = new FeedParser(new FeedParserLimits(MaxBytes: 1000, MaxDepth: 64));

        var result = parser.Parse(new byte[2000]);

        Assert.Equal("too large (2000 bytes > 1000)", result.Refusal);
    }

    [Fact]
    public void Parse_TooDeep_Refused()
    {
        var deep = "<rss><channel>" + string.Concat(Enumerable.Repeat("<x>", 200)) + string.Concat(Enumerable.Repeat("</x>", 200)) + "</channel></rss>";

        var result = _parser.Parse(deep);

        Assert.False(result.IsFeed);
        Assert.StartsWith("too deeply nested", result.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>Moved</title></head><body>Gone</body></html>", "not a feed: root element <html>")]
    [InlineData("<html><body><p>Login</p></body></html>", "not a feed: root element <html>")]
    [InlineData("<opml version=\"2.0\"><body/></opml>", "not a feed: root element <opml>")]
    [InlineData("Internal Server Error", "not a feed: neither XML nor JSON")]
    [InlineData("", "not a feed: empty document")]
    public void Parse_NotAFeed_RefusedWithReason(string content, string reason) =>
        Assert.Equal(reason, _parser.Parse(content).Refusal);

    [Fact]
    public void Parse_TruncatedXml_RefusedAsMalformed()
    {
        var result = _parser.Parse("<rss version=\"2.0\"><channel><item><title>Cut off");

        Assert.False(result.IsFeed);
        Assert.StartsWith("malformed XML", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RandomBytes_RefusedNotThrown()
    {
        var random = new Random(42);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            bytes[0] = (byte)"<{ "[i % 3];

            var result = _parser.Parse(bytes);

            Assert.False(result.IsFeed);
            Assert.False(string.IsNullOrWhiteSpace(result.Refusal));
        }
    }
}
