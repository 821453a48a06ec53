using AlertBot.Ingestion.Feeds;

namespace AlertBot.Tests.Ingestion.Feeds;

public sealed class FeedArticleMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(-30, false)]
    [InlineData(-359, false)]
    [InlineData(-361, true)]
    [InlineData(-60 * 24 * 7, true)]
    [InlineData(60, false)]
    public void ToIncoming_ByAge_SuppressesOnlyStaleItems(int minutesFromNow, bool suppressed)
    {
        var item = Item(Now.AddMinutes(minutesFromNow), link: "https://news.example/a");

        var article = FeedArticleMapper.ToIncoming("Outlet", item, null, Now, TimeSpan.FromHours(6));

        Assert.Equal(suppressed, article.SuppressAlerts);
    }

    [Fact]
    public void ToIncoming_UndatedItem_NotStaleAndPublishedNull()
    {
        var article = FeedArticleMapper.ToIncoming("Outlet", Item(null, link: "https://news.example/a"), null, Now, TimeSpan.FromHours(6));

        Assert.False(article.SuppressAlerts);
        Assert.Null(article.Published);
    }

    [Fact]
    public void ToIncoming_FullText_ReplacesDescription()
    {
        var article = FeedArticleMapper.ToIncoming("Outlet", Item(Now, link: "https://news.example/a"), "Full article text.", Now, TimeSpan.FromHours(6));

        Assert.Equal("Full article text.", article.Body);
        Assert.Equal("https://news.example/a", article.Source);
        Assert.Equal("https://news.example/a", article.Url);
        Assert.Equal("Outlet", article.Outlet);
    }

    [Fact]
    public void ToIncoming_NoLink_SourceIsGuid()
    {
        var article = FeedArticleMapper.ToIncoming("Outlet", Item(Now, link: null), null, Now, TimeSpan.FromHours(6));

        Assert.Equal("guid-1", article.Source);
        Assert.Null(article.Url);
        Assert.Equal("Teaser.", article.Body);
    }

    private static FeedItem Item(DateTimeOffset? published, string? link) =>
        new("guid-1", "guid-1", link, "Title", "Teaser.", "", published);
}
