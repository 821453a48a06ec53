using AlertBot.Ingestion.Feeds;

namespace AlertBot.Tests.Ingestion.Feeds;

public sealed class FeedLinkNormalizerTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM/World/Story", "https://news.example.com/World/Story")]
    [InlineData("https://news.example.com/a#comments", "https://news.example.com/a")]
    [InlineData("https://news.example.com:443/a", "https://news.example.com/a")]
    [InlineData("http://news.example.com:8080/a", "http://news.example.com:8080/a")]
    [InlineData("https://news.example.com", "https://news.example.com/")]
    [InlineData("https://news.example.com/a?utm_source=rss&utm_medium=feed", "https://news.example.com/a")]
    [InlineData("https://news.example.com/a?id=7&fbclid=xyz&gclid=1&mc_cid=2&mc_eid=3&ref=home&cmpid=4", "https://news.example.com/a?id=7")]
    [InlineData("https://news.example.com/a?b=2&a=1", "https://news.example.com/a?a=1&b=2")]
    [InlineData("https://news.example.com/a?UTM_Campaign=x&page=2", "https://news.example.com/a?page=2")]
    [InlineData("  https://news.example.com/a  ", "https://news.example.com/a")]
    public void Normalize_Variants_ReturnCanonicalForm(string link, string expected) =>
        Assert.Equal(expected, FeedLinkNormalizer.Normalize(link));

    [Fact]
    public void Normalize_SameStoryFromTwoFeeds_SameKey() =>
        Assert.Equal(
            FeedLinkNormalizer.Normalize("https://NEWS.example.com/story?utm_source=feed-a&x=1#top"),
            FeedLinkNormalizer.Normalize("https://news.example.com/story?x=1&utm_source=feed-b"));

    [Fact]
    public void Normalize_RelativeWithBase_ResolvesAgainstBase() =>
        Assert.Equal("https://news.example.com/world/a", FeedLinkNormalizer.Normalize("/world/a", new Uri("https://news.example.com/feed.xml")));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/relative/without/base")]
    [InlineData("mailto:desk@news.example.com")]
    [InlineData("javascript:alert(1)")]
    [InlineData("tag:news.example.com,2025:1")]
    public void Normalize_NotAnHttpLink_ReturnsNull(string? link) =>
        Assert.Null(FeedLinkNormalizer.Normalize(link));
}
