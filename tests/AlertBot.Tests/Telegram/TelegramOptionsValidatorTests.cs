using AlertBot.Telegram;

namespace AlertBot.Tests.Telegram;

public sealed class TelegramOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new TelegramOptionsValidator().Validate(null, new TelegramOptions()).Succeeded);

    [Fact]
    public void Validate_WebhookWithoutUrlOrSecret_ReportsEveryFailureByName()
    {
        var options = new TelegramOptions
        {
            BotToken = "12345:abc_DEF-ghi",
            Mode = TelegramMode.Webhook,
            WebhookSecret = "has spaces",
            GlobalMessagesPerSecond = 0,
            PollingTimeoutSeconds = 99,
        };

        var result = new TelegramOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Telegram:WebhookUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Telegram:WebhookSecret", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Telegram:GlobalMessagesPerSecond", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Telegram:PollingTimeoutSeconds", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("12345:has space")]
    public void Validate_MalformedToken_FailsWithoutEchoingIt(string token)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = token });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Telegram:BotToken", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(token, failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://api.example")]
    [InlineData("api.telegram.org")]
    public void Validate_ApiBaseUrlNotHttp_Fails(string url)
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { ApiBaseUrl = url });

        Assert.Contains(result.Failures!, f => f.StartsWith("Telegram:ApiBaseUrl", StringComparison.Ordinal));
    }
}
