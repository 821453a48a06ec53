using AlertBot.Ingestion.Feeds;

namespace AlertBot.Tests.Ingestion.Feeds;

public sealed class FeedBackoffTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(30);

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(4, 30)]
    [InlineData(12, 30)]
    public void Delay_NoJitter_DoublesUpToCap(int failures, int expectedMinutes) =>
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), FeedBackoff.Delay(failures, Interval, Max, null, jitter01: 0.5));

    [Theory]
    [InlineData(0.0, 4)]
    [InlineData(1.0, 6)]
    public void Delay_Jitter_StaysWithinTwentyPercent(double jitter, int expectedMinutes) =>
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), FeedBackoff.Delay(1, Interval, Max, null, jitter));

    [Fact]
    public void Delay_LongerRetryAfter_Honoured() =>
        Assert.Equal(TimeSpan.FromMinutes(45), FeedBackoff.Delay(1, Interval, Max, TimeSpan.FromMinutes(45), 0.5));

    [Fact]
    public void Delay_ShorterRetryAfter_BackoffKept() =>
        Assert.Equal(TimeSpan.FromMinutes(5), FeedBackoff.Delay(1, Interval, Max, TimeSpan.FromSeconds(10), 0.5));

    [Fact]
    public void Delay_AbsurdRetryAfter_CappedAtOneDay() =>
        Assert.Equal(TimeSpan.FromHours(24), FeedBackoff.Delay(1, Interval, Max, TimeSpan.FromDays(30), 0.5));
}
