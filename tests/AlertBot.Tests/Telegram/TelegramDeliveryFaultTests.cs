
namespace AlertBot.Tests.Telegram;

/// <summary>Answers a real Bot API (or one in front of it) gives that our own fake does not by default.</summary>
public sealed class TelegramDeliveryFaultTests : TelegramHostTests
{
    [Fact]
    public async Task Send_TwoHundredWithHtmlBody_RetriedNotFailedForGood()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        await host.Get<AlertBot.Chat.SubscriberStore>().SubscribeAsync(4101, "private", null, CancellationToken.None);
        Api.AnswerNotJsonNext(4101, 1);

        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        await Eventually.TrueAsync(async () => await Scalar<string>("SELECT status FROM deliveries WHERE chat_id = 4101;") == "sent", "the delivery after the unreadable answer");

        Assert.Equal(2, await Scalar<long>("SELECT attempts FROM deliveries WHERE chat_id = 4101;"));
        Assert.Single(Alerts(4101));
    }

    [Fact]
    public async Task Confirmation_EditAnsweredWithTrue_RecordedAsSent()
    {
        Api.EditAnswersTrue = true;
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        await host.Get<AlertBot.Chat.SubscriberStore>().SubscribeAsync(4201, "private", null, CancellationToken.None);
        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        await Eventually.TrueAsync(() => Alerts(4201).Count == 1, "the alert");

        await host.ProcessAsync("daily-two", TestArticles.CityTakenAgainTitle, TestArticles.CityTakenAgainBody);
        await Eventually.TrueAsync(OutboxDrainedAsync, "the edit recorded");

        Assert.Equal("sent", await Scalar<string>("SELECT status FROM deliveries WHERE chat_id = 4201 AND kind = 'update';"));
        Assert.Contains("Confirmed by 2 outlets", Assert.Single(Alerts(4201)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirmation_OlderReportMergedWhileAlertInFlight_ChatStillGetsTheEdit()
    {
        Api.SendLatency = TimeSpan.FromMilliseconds(700);
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        await host.Get<AlertBot.Chat.SubscriberStore>().SubscribeAsync(4301, "private", null, CancellationToken.None);
        var first = DateTimeOffset.UtcNow;
        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody, first);
        await Eventually.TrueAsync(async () => await Scalar<string>("SELECT status FROM deliveries WHERE chat_id = 4301;") == "sending", "the alert in flight");

        // Published before the first report: the alert's newest source time does not move, its version does.
        await host.ProcessAsync("daily-two", TestArticles.CityTakenAgainTitle, TestArticles.CityTakenAgainBody, first.AddMinutes(-30));
        await Eventually.TrueAsync(() => Alerts(4301).Any(m => m.Edits > 0), "the edit after the in-flight send");

        Assert.Contains("Confirmed by 2 outlets", Assert.Single(Alerts(4301)).Text, StringComparison.Ordinal);
    }
}
