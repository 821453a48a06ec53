using AlertBot.Alerts.Delivery;

namespace AlertBot.Tests.Telegram;

public sealed class DeliveryPolicyTests
{
    [Theory]
    [InlineData(1, 1.0, 2)]
    [InlineData(2, 1.0, 4)]
    [InlineData(4, 1.0, 16)]
    [InlineData(4, 0.0, 8)]
    [InlineData(20, 1.0, 600)]
    [InlineData(20, 0.0, 300)]
    public void Delay_Attempt_ExponentialCappedWithJitterDown(int attempt, double jitter, double expectedSeconds)
    {
        var delay = RetryBackoff.Delay(attempt, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(600), jitter);

        Assert.Equal(expectedSeconds, delay.TotalSeconds, 6);
    }

    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new DeliveryOptionsValidator().Validate(null, new DeliveryOptions()).Succeeded);

    [Fact]
    public void Validate_BadValues_ReportsEachByName()
    {
        var result = new DeliveryOptionsValidator().Validate(null, new DeliveryOptions
        {
            MaxConcurrentSends = 0,
            MaxAttempts = -1,
            RetryBaseDelaySeconds = 10,
            RetryMaxDelaySeconds = 5,
            ShutdownGraceSeconds = -1,
        });

        var failures = result.Failures!.ToList();
        Assert.Equal(4, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Delivery:MaxConcurrentSends", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Delivery:MaxAttempts", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Delivery:RetryMaxDelaySeconds", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Delivery:ShutdownGraceSeconds", StringComparison.Ordinal));
    }
}
