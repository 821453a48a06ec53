using AlertBot.Ingestion.Feeds;

namespace AlertBot.Tests.Ingestion.Feeds;

public sealed class UrlRedactorTests
{
    [Theory]
    [InlineData("https://user:hunter2@feeds.example.com/rss", "https://feeds.example.com/rss")]
    [InlineData("https://feeds.example.com/rss?token=abc123&section=world", "https://feeds.example.com/rss?token=***&section=world")]
    [InlineData("https://feeds.example.com/rss?api_key=abc&apiKey=def", "https://feeds.example.com/rss?api_key=***&apiKey=***")]
    [InlineData("https://feeds.example.com/rss?section=world", "https://feeds.example.com/rss?section=world")]
    [InlineData("not a url", "(invalid URL)")]
    public void Redact_SecretsInUrl_Hidden(string url, string expected)
    {
        var redacted = UrlRedactor.Redact(url);

        Assert.Equal(expected, redacted);
        Assert.DoesNotContain("hunter2", redacted, StringComparison.Ordinal);
    }
}
