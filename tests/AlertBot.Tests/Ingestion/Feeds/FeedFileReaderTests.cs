using AlertBot.Ingestion;
using AlertBot.Ingestion.Feeds;

namespace AlertBot.Tests.Ingestion.Feeds;

public sealed class FeedFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("alertbot-feedfiles-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ReadAsync_RssFile_ItemsBecomeArticlesKeyedByLink()
    {
        var path = Write("wire.rss", """
            <rss version="2.0"><channel><title>Wire Service</title>
            <item><title>Dam repairs finished</title><link>https://wire.example/dam</link><description>Work ended early.</description></item>
            <item><title>No link here</title><guid isPermaLink="false">wire-42</guid><description>Guid only.</description></item>
            </channel></rss>
            """);

        var articles = await FeedFileReader.ReadAsync(path, 1_000_000, DateTimeOffset.UtcNow, null, CancellationToken.None);

        Assert.NotNull(articles);
        Assert.Equal(["https://wire.example/dam", "wire-42"], articles.Select(a => a.Source));
        Assert.All(articles, a => Assert.Equal("Wire Service", a.Outlet));
        Assert.Equal("Work ended early.", articles[0].Body);
    }

    [Fact]
    public async Task ReadAsync_JsonArticleNotFeed_ReturnsNull()
    {
        var path = Write("article.json", """{ "title": "A story", "body": "Text." }""");

        Assert.Null(await FeedFileReader.ReadAsync(path, 1_000_000, DateTimeOffset.UtcNow, null, CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_JsonFeed_Read()
    {
        var path = Write("feed.json", """{ "version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [ { "id": "7", "title": "Port reopens", "content_text": "Ships move." } ] }""");

        var article = Assert.Single((await FeedFileReader.ReadAsync(path, 1_000_000, DateTimeOffset.UtcNow, null, CancellationToken.None))!);

        Assert.Equal("7", article.Source);
        Assert.Equal("Port reopens", article.Title);
    }

    [Fact]
    public async Task ReadAsync_HtmlSavedAsXml_UnreadableWithReason()
    {
        var path = Write("page.xml", "<html><body>Moved</body></html>");

        var ex = await Assert.ThrowsAsync<UnreadableArticleException>(() => FeedFileReader.ReadAsync(path, 1_000_000, DateTimeOffset.UtcNow, null, CancellationToken.None));

        Assert.Equal("not a feed: root element <html>", ex.Message);
    }

    [Theory]
    [InlineData("a.rss", true)]
    [InlineData("a.ATOM", true)]
    [InlineData("a.xml", true)]
    [InlineData("a.json", true)]
    [InlineData("a.md", false)]
    [InlineData("a.txt", false)]
    public void IsCandidate_ByExtension(string path, bool expected) =>
        Assert.Equal(expected, FeedFileReader.IsCandidate(path));

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
