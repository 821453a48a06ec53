using AlertBot.Ingestion.Feeds;

namespace AlertBot.Tests.Ingestion.Feeds;

public sealed class FeedsOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new FeedsOptionsValidator().Validate(null, new FeedsOptions()).Succeeded);

    [Fact]
    public void Validate_EverythingWrong_AllFailuresNamedAtOnce()
    {
        var options = new FeedsOptions
        {
            Sources =
            [
                new FeedSourceOptions { Name = "", Url = "ftp://x", IntervalSeconds = 5 },
                new FeedSourceOptions { Name = "A", Url = "https://a.example/rss" },
                new FeedSourceOptions { Name = "a", Url = "https://a.example/rss2" },
            ],
            Timeout = TimeSpan.Zero,
            MaxResponseBytes = 10,
            MaxRedirects = -1,
            UserAgent = " ",
            MaxItemAge = TimeSpan.Zero,
            UnhealthyAfterFailures = 0,
        };

        var result = new FeedsOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Feeds:Sources:0:Name", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Feeds:Sources:0:Url", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Feeds:Sources:0:IntervalSeconds", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Feeds:Sources:2:Name", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Feeds:Timeout", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Feeds:MaxResponseBytes", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Feeds:MaxRedirects", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Feeds:UserAgent", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Feeds:MaxItemAge", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Feeds:UnhealthyAfterFailures", StringComparison.Ordinal));
        Assert.Equal(10, failures.Count);
    }
}
