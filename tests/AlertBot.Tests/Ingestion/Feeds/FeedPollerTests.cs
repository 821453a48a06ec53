using System.Text;
using AlertBot.Ingestion.Feeds;
using AlertBot.Tests.Ingestion.Feeds.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AlertBot.Tests.Ingestion.Feeds;

public sealed class FeedPollerTests : IAsyncLifetime
{
    private FeedServer _server = null!;

    public async Task InitializeAsync() => _server = await FeedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task PollAsync_NewItems_ProcessedOnceOldestFirst()
    {
        await using var host = FeedTestHost.Create();
        var now = host.Clock.GetUtcNow();
        _server.MapContent("/feed", FeedXml.Rss(
            ("Harbour reopens after storm damage", "https://news.example/harbour", now.AddMinutes(-10), "Ships returned to the harbour on Saturday."),
            ("Council approves new tram line", "https://news.example/tram", now.AddMinutes(-30), "The vote passed by a wide margin.")));
        var feed = FeedTestHost.Feed("Example News", _server.Url("/feed"));

        var first = await host.Poller.PollAsync(feed, CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await host.Poller.PollAsync(feed, CancellationToken.None);

        Assert.Equal(2, first.NewItems);
        Assert.Equal(0, second.NewItems);
        var articles = await host.ArticlesAsync();
        Assert.Equal(["https://news.example/tram", "https://news.example/harbour"], articles.Select(a => a.Source));
        Assert.All(articles, a => Assert.Equal("Example News", a.Outlet));
    }

    [Fact]
    public async Task PollAsync_ServerSendsETag_StoredSentBackAnd304Respected()
    {
        await using var host = FeedTestHost.Create();
        var body = FeedXml.Rss(("Bridge closed for inspection", "https://news.example/bridge", host.Clock.GetUtcNow(), "Engineers found cracks."));
        _server.Map("/feed", async c =>
        {
            if (c.Request.Headers.IfNoneMatch == "\"rev-1\"")
            {
                c.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            c.Response.Headers.ETag = "\"rev-1\"";
            c.Response.ContentType = "application/rss+xml";
            await c.Response.WriteAsync(body);
        });
        var feed = FeedTestHost.Feed("Example News", _server.Url("/feed"));

        var first = await host.Poller.PollAsync(feed, CancellationToken.None);
        var second = await host.Poller.PollAsync(feed, CancellationToken.None);

        Assert.Equal(FeedPollStatus.Fetched, first.Status);
        Assert.Equal(FeedPollStatus.NotModified, second.Status);
        Assert.Equal("\"rev-1\"", (await host.Health.GetAsync("Example News", CancellationToken.None)).ETag);
        Assert.Equal([null, "\"rev-1\""], _server.Requests.Select(r => r.IfNoneMatch));
        Assert.Single(await host.ArticlesAsync());
    }

    [Theory]
    [InlineData("500")]
    [InlineData("garbage")]
    [InlineData("xxe")]
    [InlineData("laughs")]
    [InlineData("huge")]
    [InlineData("timeout")]
    public async Task PollAsync_BrokenFeed_LoggedOnceMarkedUnhealthyOthersUnaffected(string failure)
    {
        var broken = FeedTestHost.Feed("Broken", _server.Url("/broken"));
        var good = FeedTestHost.Feed("Good", _server.Url("/good"));
        await using var host = FeedTestHost.Create(o =>
        {
            o.Sources = [broken, good];
            o.UnhealthyAfterFailures = 3;
            o.MaxResponseBytes = 64 * 1024;
            // Short enough to keep the test quick, long enough for the healthy feed on a loaded machine.
            o.Timeout = failure == "timeout" ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(10);
        });
        MapBroken("/broken", failure);
        _server.MapContent("/good", FeedXml.Rss(("Airport runway reopens", "https://news.example/runway", host.Clock.GetUtcNow(), "Flights resumed this morning.")));

        var outcomes = new List<FeedPollOutcome>();
        for (var i = 0; i < 4; i++)
        {
            outcomes.Add(await host.Poller.PollAsync(broken, CancellationToken.None));
            await host.Poller.PollAsync(good, CancellationToken.None);
            host.Clock.Advance(TimeSpan.FromHours(2));
        }

        Assert.All(outcomes, o => Assert.Equal(FeedPollStatus.Failed, o.Status));
        Assert.Single(host.Log.Entries, e => e.Level == LogLevel.Warning);
        Assert.Single(host.Log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("unhealthy", StringComparison.Ordinal));
        var health = await host.Health.ListAsync(CancellationToken.None);
        Assert.Equal(["Broken", "Good"], health.Select(h => h.Name));
        Assert.False(health[0].Healthy);
        Assert.Equal(4, health[0].ConsecutiveFailures);
        Assert.False(string.IsNullOrWhiteSpace(health[0].LastError));
        Assert.True(health[1].Healthy);
        Assert.Equal(0, health[1].ConsecutiveFailures);
        Assert.Equal(["https://news.example/runway"], (await host.ArticlesAsync()).Select(a => a.Source));
    }

    [Fact]
    public async Task PollAsync_DuringBackoff_SkippedWithoutRequest()
    {
        await using var host = FeedTestHost.Create();
        MapBroken("/broken", "500");
        var feed = FeedTestHost.Feed("Broken", _server.Url("/broken"));

        await host.Poller.PollAsync(feed, CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromSeconds(10));
        var second = await host.Poller.PollAsync(feed, CancellationToken.None);

        Assert.Equal(FeedPollStatus.Skipped, second.Status);
        Assert.Equal(1, _server.CountRequests("/broken"));
    }

    [Fact]
    public async Task PollAsync_TooManyRequestsWithRetryAfter_NotRetriedEarlier()
    {
        await using var host = FeedTestHost.Create();
        _server.Map("/limited", c =>
        {
            c.Response.StatusCode = 429;
            c.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        var feed = FeedTestHost.Feed("Limited", _server.Url("/limited"));

        await host.Poller.PollAsync(feed, CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromMinutes(50));
        var early = await host.Poller.PollAsync(feed, CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromMinutes(11));
        var later = await host.Poller.PollAsync(feed, CancellationToken.None);

        Assert.Equal(FeedPollStatus.Skipped, early.Status);
        Assert.Equal(FeedPollStatus.Failed, later.Status);
        Assert.Equal(2, _server.CountRequests("/limited"));
    }

    [Fact]
    public async Task PollAsync_RecoversAfterFailure_HealthyAgainAndLogged()
    {
        await using var host = FeedTestHost.Create();
        var fail = true;
        _server.Map("/flaky", async c =>
        {
            if (fail)
            {
                c.Response.StatusCode = 502;
                return;
            }

            await c.Response.WriteAsync(FeedXml.Rss(("Power restored across the city", "https://news.example/power", host.Clock.GetUtcNow(), "Crews worked overnight.")));
        });
        var feed = FeedTestHost.Feed("Flaky", _server.Url("/flaky"));

        await host.Poller.PollAsync(feed, CancellationToken.None);
        fail = false;
        host.Clock.Advance(TimeSpan.FromHours(1));
        var outcome = await host.Poller.PollAsync(feed, CancellationToken.None);

        Assert.Equal(1, outcome.NewItems);
        var health = await host.Health.GetAsync("Flaky", CancellationToken.None);
        Assert.True(health.Healthy);
        Assert.Equal(0, health.ConsecutiveFailures);
        Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("recovered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PollAsync_SameLinkInTwoFeeds_ProcessedOnce()
    {
        await using var host = FeedTestHost.Create();
        var now = host.Clock.GetUtcNow();
        _server.MapContent("/a", FeedXml.Rss(("Storm closes schools", "https://wire.example/storm?utm_source=a", now, "Schools shut on Monday.")));
        _server.MapContent("/b", FeedXml.Rss(("Storm closes all schools", "https://wire.example/storm?utm_source=b#top", now, "Syndicated copy of the story.")));

        var a = await host.Poller.PollAsync(FeedTestHost.Feed("Outlet A", _server.Url("/a")), CancellationToken.None);
        var b = await host.Poller.PollAsync(FeedTestHost.Feed("Outlet B", _server.Url("/b")), CancellationToken.None);

        Assert.Equal(1, a.NewItems);
        Assert.Equal(0, b.NewItems);
        var article = Assert.Single(await host.ArticlesAsync());
        Assert.Equal("Outlet A", article.Outlet);
        // The article is known by the link its outlet published; alerts link to it without the tracking parameters.
        Assert.Equal("https://wire.example/storm?utm_source=a", article.Source);
        Assert.Equal("https://wire.example/storm", article.Url);
    }

    [Fact]
    public async Task PollAsync_ItemsSharingHomePageLink_AllProcessed()
    {
        await using var host = FeedTestHost.Create();
        var now = host.Clock.GetUtcNow();
        _server.MapContent("/feed", FeedXml.Rss(
            ("Mayor opens new library", "https://town.example/", now.AddMinutes(-3), "The library has 20,000 books."),
            ("Road works start on Monday", "https://town.example/", now.AddMinutes(-2), "Expect delays on the ring road.")));
        _server.MapContent("/other", FeedXml.Rss(("School wins robotics prize", "https://town.example/", now.AddMinutes(-1), "Pupils built a rover.")));

        var first = await host.Poller.PollAsync(FeedTestHost.Feed("Town", _server.Url("/feed")), CancellationToken.None);
        var other = await host.Poller.PollAsync(FeedTestHost.Feed("Town 2", _server.Url("/other")), CancellationToken.None);

        Assert.Equal(2, first.NewItems);
        Assert.Equal(1, other.NewItems);
        Assert.Equal(3, (await host.ArticlesAsync()).Count);
    }

    [Fact]
    public async Task PollAsync_ItemWithMalformedDate_FeedStillRead()
    {
        await using var host = FeedTestHost.Create();
        _server.MapContent("/feed", """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
            <item><title>Mayor opens new library</title><link>https://town.example/library</link><pubDate>Mon, 04 Mar 2024 09:00:00 +1430</pubDate><description>The library has 20,000 books.</description></item>
            <item><title>Road works start on Monday</title><link>https://town.example/roads</link><pubDate>Sat, 01 Jan 0000 00:00:00 GMT</pubDate><description>Expect delays.</description></item>
            <item><title>School wins robotics prize</title><link>https://town.example/school</link><pubDate>Mon, 01 Jan 99999999999 10:00:00 GMT</pubDate><description>Pupils built a rover.</description></item>
            </channel></rss>
            """);

        var outcome = await host.Poller.PollAsync(FeedTestHost.Feed("Town", _server.Url("/feed")), CancellationToken.None);

        Assert.Equal((FeedPollStatus.Fetched, 3), (outcome.Status, outcome.NewItems));
        Assert.Empty(host.Log.AtLeast(LogLevel.Warning));
    }

    [Fact]
    public async Task PollAsync_ItemsSharingAGuid_AllReadAndSaidOnce()
    {
        await using var host = FeedTestHost.Create();
        var items = new[] { ("Mayor opens new library", "https://town.example/library"), ("Road works start on Monday", "https://town.example/roads"), ("School wins robotics prize", null), ("Bridge closes for repairs", null), ("Market moves to the square", "https://town.example/") };
        _server.MapContent("/feed", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Town</title>"
            + string.Concat(items.Select(i => $"<item><guid isPermaLink=\"false\">same-id</guid><title>{i.Item1}</title>{(i.Item2 is null ? "" : $"<link>{i.Item2}</link>")}<description>{i.Item1}, the council said.</description></item>"))
            + "</channel></rss>");
        var feed = FeedTestHost.Feed("Town", _server.Url("/feed"));

        var first = await host.Poller.PollAsync(feed, CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await host.Poller.PollAsync(feed, CancellationToken.None);

        Assert.Equal((5, 0), (first.NewItems, second.NewItems));
        Assert.Equal(5, (await host.ArticlesAsync()).Count);
        Assert.Single(host.Log.AtLeast(LogLevel.Warning), e => e.Message.Contains("share", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PollAsync_Latin1FeedWithoutDeclaration_ReadCorrectly()
    {
        await using var host = FeedTestHost.Create();
        var xml = FeedXml.Rss(("Câmara aprova orçamento de São Paulo", "https://noticias.example/orcamento", host.Clock.GetUtcNow(), "Votação terminou às três."))
            .Replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "", StringComparison.Ordinal);
        _server.MapBytes("/latin1", Encoding.Latin1.GetBytes(xml), "text/xml");

        await host.Poller.PollAsync(FeedTestHost.Feed("Notícias", _server.Url("/latin1")), CancellationToken.None);

        Assert.Equal("Câmara aprova orçamento de São Paulo", Assert.Single(await host.ArticlesAsync()).Title);
    }

    [Fact]
    public async Task PollAsync_ItemsOlderThanMaxAge_StoredWithoutFullTextFetch()
    {
        await using var host = FeedTestHost.Create(o => o.MaxItemAge = TimeSpan.FromHours(6));
        var now = host.Clock.GetUtcNow();
        _server.MapContent("/feed", FeedXml.Rss(
            ("Old story from last week", _server.Url("/page/old"), now.AddDays(-7), "Happened long ago."),
            ("Fresh story this hour", _server.Url("/page/new"), now.AddMinutes(-5), "Just happened.")));
        _server.MapContent("/page/new", ArticlePage("Fresh story full text."), "text/html; charset=utf-8");
        _server.MapContent("/page/old", ArticlePage("Old story full text."), "text/html; charset=utf-8");

        var outcome = await host.Poller.PollAsync(FeedTestHost.Feed("News", _server.Url("/feed"), fullText: true), CancellationToken.None);

        Assert.Equal(2, outcome.NewItems);
        Assert.Equal(2, (await host.ArticlesAsync()).Count);
        Assert.Equal(1, _server.CountRequests("/page/new"));
        Assert.Equal(0, _server.CountRequests("/page/old"));
    }

    [Fact]
    public async Task PollAsync_FetchFullText_ExtractedArticleBecomesBody()
    {
        await using var host = FeedTestHost.Create();
        const string first = "Rescue teams reached the flooded villages north of the river early on Sunday morning.";
        const string second = "Officials said more than two hundred people had been moved to shelters before nightfall, and several roads in the district remain closed.";
        _server.MapContent("/feed", FeedXml.Rss(("Rescue teams reach flooded villages", _server.Url("/story"), host.Clock.GetUtcNow(), "Teaser only.")));
        _server.MapContent("/story", $"<html><body><nav><p>Home | News | Sport | Weather | Culture</p></nav><article><p>{first}</p><p>{second}</p></article></body></html>", "text/html; charset=utf-8");

        await host.Poller.PollAsync(FeedTestHost.Feed("News", _server.Url("/feed"), fullText: true), CancellationToken.None);

        var article = Assert.Single(await host.ArticlesAsync());
        Assert.Equal(AlertBot.Alerts.ContentHash.Of("Rescue teams reach flooded villages", first + "\n" + second), article.ContentHash);
    }

    [Fact]
    public async Task PollAsync_FullTextPageUnusable_DescriptionIsBody()
    {
        await using var host = FeedTestHost.Create();
        _server.MapContent("/feed", FeedXml.Rss(("Port strike ends", _server.Url("/missing"), host.Clock.GetUtcNow(), "Dockers voted to return to work.")));

        await host.Poller.PollAsync(FeedTestHost.Feed("News", _server.Url("/feed"), fullText: true), CancellationToken.None);

        var article = Assert.Single(await host.ArticlesAsync());
        Assert.Equal(AlertBot.Alerts.ContentHash.Of("Port strike ends", "Dockers voted to return to work."), article.ContentHash);
        Assert.Equal(1, _server.CountRequests("/missing"));
    }

    private void MapBroken(string path, string failure)
    {
        switch (failure)
        {
            case "500":
                _server.Map(path, c =>
                {
                    c.Response.StatusCode = 500;
                    return Task.CompletedTask;
                });
                break;
            case "garbage":
                _server.MapBytes(path, [0x1f, 0x8b, 0x00, 0xff, 0x13, 0x37, 0x00, 0x42], "application/rss+xml");
                break;
            case "xxe":
                _server.MapContent(path, "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><title>&x;</title></item></channel></rss>");
                break;
            case "laughs":
                _server.MapContent(path, "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><rss><channel><item><title>&c;</title></item></channel></rss>");
                break;
            case "huge":
                _server.Map(path, async c =>
                {
                    var chunk = Encoding.UTF8.GetBytes(new string('x', 16 * 1024));
                    for (var i = 0; i < 64 && !c.RequestAborted.IsCancellationRequested; i++)
                    {
                        await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
                    }
                });
                break;
            case "timeout":
                _server.Map(path, c => Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted));
                break;
        }
    }

    private static string ArticlePage(string sentence) =>
        $"""
        <html><body><nav><p>Home | World | Sport | Weather | Contact us today</p></nav>
        <article><h1>Headline</h1>
        <p>{sentence} {string.Concat(Enumerable.Repeat("More detail was given by officials at the scene. ", 6))}</p>
        <p>Residents said they were relieved that the situation was now under control.</p>
        </article><footer><p>Copyright The Example Times, all rights reserved worldwide.</p></footer></body></html>
        """;
}
