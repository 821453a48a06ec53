using AlertBot.Storage;
using AlertBot.Telegram.Receiving;
using AlertBot.Tests.Fakes;
using AlertBot.Tests.Support;

namespace AlertBot.Tests.Telegram;

/// <summary>The worker against the fake Bot API over real HTTP: commands in, alerts out, edits on confirmation.</summary>
public sealed class TelegramEndToEndTests : TelegramHostTests
{
    [Fact]
    public async Task Start_ThenArticle_SubscriberReceivesExactlyOneAlert()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        Api.UserSends(101, "/start");
        await Eventually.TrueAsync(() => Api.MessagesTo(101).Any(m => m.Text.Contains("Subscribed", StringComparison.Ordinal)), "the /start reply");

        var outcome = await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        await Eventually.TrueAsync(() => Alerts(101).Count > 0, "the alert");
        await Eventually.TrueAsync(OutboxDrainedAsync, "the outbox drained");

        Assert.NotEmpty(outcome.NewAlertIds);
        var alert = Assert.Single(Alerts(101));
        Assert.Contains("Homs", alert.Text, StringComparison.Ordinal);
        Assert.Contains("wire-one", alert.Text, StringComparison.Ordinal);
        Assert.Contains("First reported", alert.Text, StringComparison.Ordinal);
        Assert.Equal("HTML", alert.ParseMode);
        Assert.Contains("More on Homs", alert.ReplyMarkupJson, StringComparison.Ordinal);
        Assert.Contains("\"/follow ", alert.ReplyMarkupJson, StringComparison.Ordinal);
        Assert.NotNull(Api.Commands);
    }

    [Fact]
    public async Task SecondOutlet_SameDevelopment_EditsTheAlertInsteadOfSendingAnother()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        Api.UserSends(102, "/start");
        await Eventually.TrueAsync(() => Api.MessagesTo(102).Count == 1, "the /start reply");
        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        await Eventually.TrueAsync(() => Alerts(102).Count == 1, "the alert");

        var second = await host.ProcessAsync("daily-two", TestArticles.CityTakenAgainTitle, TestArticles.CityTakenAgainBody);
        await Eventually.TrueAsync(() => Alerts(102).Any(m => m.Edits > 0), "the edit");
        await Eventually.TrueAsync(OutboxDrainedAsync, "the outbox drained");

        Assert.NotEmpty(second.UpdatedAlertIds);
        var alert = Assert.Single(Alerts(102));
        Assert.Contains("Confirmed by 2 outlets", alert.Text, StringComparison.Ordinal);
        Assert.Contains(">daily-two</a>", alert.Text, StringComparison.Ordinal);
        Assert.Contains("Confirmed " + DateTimeOffset.UtcNow.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture), alert.Text, StringComparison.Ordinal);
        Assert.Contains(Api.Calls, c => c.Method == "editMessageText" && c.ChatId == 102 && c.Status == 200);
    }

    [Fact]
    public async Task CityCommands_AfterArticles_AnswerWithThePlacesAlerts()
    {
        // The full gazetteer does not yet find "Sednaya" in article text (its entry is spelled Şaydnāyā, no aliases).
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath, gazetteer: SyrianTestPlaces.Gazetteer());
        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        await host.ProcessAsync("wire-one", TestArticles.PrisonTitle, TestArticles.PrisonBody);

        Api.UserSends(103, "/city Homs");
        await Eventually.TrueAsync(() => Api.MessagesTo(103).Count == 1, "the /city Homs reply");
        Api.UserSends(103, "/city Sednaya");
        await Eventually.TrueAsync(() => Api.MessagesTo(103).Count == 2, "the /city Sednaya reply");

        var replies = Api.MessagesTo(103);
        Assert.Contains("Homs", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("alert", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing reported", replies[0].Text, StringComparison.Ordinal);
        Assert.True(replies[1].Text.Contains("detainees", StringComparison.Ordinal), replies[1].Text);
        Assert.Contains("Sednaya, SY", replies[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing reported", replies[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Homs", replies[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/city@alert_test_bot Homs", "group", true)]
    [InlineData("/city@some_other_bot Homs", "group", false)]
    [InlineData("hello everyone", "group", false)]
    [InlineData("hello", "private", true)]
    public async Task GroupAndPrivateText_Received_AnsweredOnlyWhenMeantForTheBot(string text, string chatType, bool answered)
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        var chat = chatType == "group" ? -104 : 104;
        Api.UserSends(chat, text, chatType);
        Api.UserSends(chat, "/help", chatType);

        await Eventually.TrueAsync(() => Api.MessagesTo(chat).Any(m => m.Text.Contains("/start - subscribe", StringComparison.Ordinal)), "the /help reply");

        Assert.Equal(answered ? 2 : 1, Api.MessagesTo(chat).Count);
    }

    [Fact]
    public async Task BlockedUser_AlertFanOut_SubscriberDeactivatedOthersServed()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        await Subscribe(host, 201, 202);
        Api.Block(201);

        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        await Eventually.TrueAsync(() => Alerts(202).Count == 1, "the alert to the other subscriber");
        await Eventually.TrueAsync(async () => await Scalar<long>("SELECT active FROM subscribers WHERE chat_id = 201;") == 0, "deactivation");

        Assert.Empty(Api.MessagesTo(201));
        Assert.Contains("blocked", await Scalar<string>("SELECT deactivated_reason FROM subscribers WHERE chat_id = 201;"), StringComparison.Ordinal);
        Assert.Equal("failed", await Scalar<string>("SELECT status FROM deliveries WHERE chat_id = 201;"));
    }

    [Fact]
    public async Task UserBlocksBot_MyChatMemberUpdate_DeactivatedBeforeAnyAlert()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        await Subscribe(host, 1301);

        Api.UserBlocksBot(1301);
        await Eventually.TrueAsync(async () => await Scalar<long>("SELECT active FROM subscribers WHERE chat_id = 1301;") == 0, "deactivation");
        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        await Eventually.TrueAsync(OutboxDrainedAsync, "the outbox drained");

        Assert.Contains("kicked", await Scalar<string>("SELECT deactivated_reason FROM subscribers WHERE chat_id = 1301;"), StringComparison.Ordinal);
        Assert.DoesNotContain(Api.Calls, c => c.ChatId == 1301);
        Assert.Equal(0, await Scalar<long>("SELECT COUNT(*) FROM deliveries WHERE chat_id = 1301;"));
    }

    [Fact]
    public async Task GroupUpgradedToSupergroup_Alert_FollowsMigrateToChatId()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        await Subscribe(host, -301);
        Api.MigrateGroup(-301, -100301);

        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        await Eventually.TrueAsync(() => Alerts(-100301).Count == 1, "the alert in the supergroup");
        await Eventually.TrueAsync(OutboxDrainedAsync, "the outbox drained");

        Assert.Equal(0, await Scalar<long>("SELECT COUNT(*) FROM subscribers WHERE chat_id = -301;"));
        Assert.Equal(1, await Scalar<long>("SELECT active FROM subscribers WHERE chat_id = -100301;"));
        Assert.Equal("sent", await Scalar<string>("SELECT status FROM deliveries WHERE chat_id = -100301;"));
    }

    [Fact]
    public async Task ServerErrors_Alert_RetriedAndDeliveredOnce()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        await Subscribe(host, 401);
        Api.FailNext(401, 2);

        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        await Eventually.TrueAsync(() => Alerts(401).Count == 1, "the alert after two 500s");

        Assert.Equal(3, await Scalar<long>("SELECT attempts FROM deliveries WHERE chat_id = 401;"));
        Assert.Equal(2, Api.Calls.Count(c => c.ChatId == 401 && c.Status == 500));
    }

    [Fact]
    public async Task RateLimitedByTelegram_Alert_WaitsRetryAfterThenDeliversOnce()
    {
        // One message per 10 s per chat: the alert follows the /start reply well within that however slow the machine,
        // so it meets the 429 (at one per 2 s, a run slowed past 2 s between the two met none and proved nothing).
        await using var strict = await FakeBotApi.StartAsync(new FakeBotApiLimits(PerChatPerSecond: 0.1, PerChatBurst: 1));
        await using var host = await TelegramTestHost.StartAsync(strict, DatabasePath);
        strict.UserSends(501, "/start");
        await Eventually.TrueAsync(() => strict.MessagesTo(501).Count == 1, "the /start reply");

        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        await Eventually.TrueAsync(() => strict.MessagesTo(501).Count == 2, "the alert after the 429", seconds: 40);

        var calls = strict.Calls.Where(c => c.ChatId == 501 && c.Method == "sendMessage").ToList();
        var limited = calls.Where(c => c.Status == 429).ToList();
        Assert.NotEmpty(limited);
        var delivered = calls.Last(c => c.Status == 200);
        Assert.True(delivered.At - limited[0].At >= TimeSpan.FromSeconds(0.9), "the retry did not wait for retry_after");
        Assert.Single(strict.MessagesTo(501), m => m.Text.Contains(AlertMarker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StoppedMidFanOut_Restarted_EverySubscriberHasTheAlertExactlyOnce()
    {
        var chats = Enumerable.Range(1, 40).Select(i => 6000L + i).ToArray();
        Api.SendLatency = TimeSpan.FromMilliseconds(60);
        var settings = new Dictionary<string, string?> { ["Delivery:MaxConcurrentSends"] = "4", ["Telegram:GlobalMessagesPerSecond"] = "40" };
        await using (var first = await TelegramTestHost.StartAsync(Api, DatabasePath, settings))
        {
            await Subscribe(first, chats);
            await first.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
            await Eventually.TrueAsync(() => chats.Count(c => Alerts(c).Count > 0) >= 8, "part of the fan-out");
            await first.StopAsync();
        }

        var beforeRestart = chats.Count(c => Alerts(c).Count > 0);
        // A kill (not a clean stop) leaves the in-flight row 'sending'; the restart must send it again.
        var killedMidSend = chats.First(c => Alerts(c).Count == 0);
        await Execute("UPDATE deliveries SET status = 'sending', attempts = 1 WHERE chat_id = @killedMidSend;", new { killedMidSend });

        await using var second = await TelegramTestHost.StartAsync(Api, DatabasePath, settings);
        await Eventually.TrueAsync(() => chats.All(c => Alerts(c).Count > 0), "the rest of the fan-out", seconds: 30);
        await Eventually.TrueAsync(OutboxDrainedAsync, "the outbox drained");

        Assert.InRange(beforeRestart, 8, chats.Length - 1);
        Assert.All(chats, c => Assert.Single(Alerts(c)));
        Assert.Equal(chats.Length, await Scalar<long>("SELECT COUNT(*) FROM deliveries WHERE status = 'sent';"));
    }

    [Fact]
    public async Task FanOut_FakeEnforcingTelegramLimits_NoRequestIsRateLimited()
    {
        await using var strict = await FakeBotApi.StartAsync(new FakeBotApiLimits(GlobalPerSecond: 30, GlobalBurst: 10));
        await using var host = await TelegramTestHost.StartAsync(strict, DatabasePath);
        var chats = Enumerable.Range(1, 60).Select(i => 9000L + i).ToArray();
        await Subscribe(host, chats);

        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        await Eventually.TrueAsync(() => strict.Messages.Count == chats.Length, "the fan-out", seconds: 30);

        var sends = strict.Calls.Where(c => c.Method == "sendMessage").ToList();
        Assert.Equal(0, strict.RateLimitedCount);
        Assert.True(sends[^1].At - sends[0].At >= TimeSpan.FromSeconds(1.8), "60 messages at 30/s cannot take under 2 s");
    }

    [Fact]
    public async Task HostileArticleText_Alert_ArrivesEscaped()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        await Subscribe(host, 701);

        await host.ProcessAsync("wire-<b>one</b>", TestArticles.HostileTitle, TestArticles.HostileBody);
        await Eventually.TrueAsync(() => Alerts(701).Count == 1, "the alert");

        var sent = Api.Calls.Last(c => c.ChatId == 701 && c.Method == "sendMessage").Text!;
        Assert.DoesNotContain("<script", sent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>one</b>", sent, StringComparison.Ordinal);
        Assert.Contains("&amp;", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_AfterCommands_NeitherRepliesAgainNorSkips()
    {
        await using (var first = await TelegramTestHost.StartAsync(Api, DatabasePath))
        {
            Api.UserSends(801, "/help");
            await Eventually.TrueAsync(() => Api.MessagesTo(801).Count == 1, "the first reply");
            await first.StopAsync();
        }

        var handled = await Scalar<string>($"SELECT value FROM bot_state WHERE key = '{TelegramOffsetStore.Key}';");
        var next = Api.UserSends(801, "/following");
        await using var second = await TelegramTestHost.StartAsync(Api, DatabasePath);
        await Eventually.TrueAsync(() => Api.MessagesTo(801).Count == 2, "the reply to the command sent while stopped");
        Api.UserSends(801, "/help");
        await Eventually.TrueAsync(() => Api.MessagesTo(801).Count >= 3, "the reply to a later command (the barrier)");

        Assert.Equal(next.ToString(System.Globalization.CultureInfo.InvariantCulture), handled);
        Assert.Equal(3, Api.MessagesTo(801).Count);
        Assert.Contains("not subscribed", Api.MessagesTo(801)[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminCommands_FromAdminAndStranger_OnlyAdminGetsStats()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        Api.UserSends(TelegramTestHost.AdminChatId, "/stats");
        Api.UserSends(TelegramTestHost.AdminChatId, "/sources");
        Api.UserSends(902, "/stats");

        await Eventually.TrueAsync(() => Api.MessagesTo(TelegramTestHost.AdminChatId).Count == 2 && Api.MessagesTo(902).Count == 1, "the replies");

        Assert.Contains("Subscribers:", Api.MessagesTo(TelegramTestHost.AdminChatId)[0].Text, StringComparison.Ordinal);
        Assert.Contains("Inbox files", Api.MessagesTo(TelegramTestHost.AdminChatId)[1].Text, StringComparison.Ordinal);
        Assert.Contains("administrators", Api.MessagesTo(902)[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharedLocation_NearAnAlert_ListsItWithDistance()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);

        Api.UserSharesLocation(1001, 34.80, 36.75);
        Api.UserSharesLocation(1002, 48.85, 2.35);
        await Eventually.TrueAsync(() => Api.MessagesTo(1001).Count == 1 && Api.MessagesTo(1002).Count == 1, "both replies");

        Assert.Contains("Homs", Api.MessagesTo(1001)[0].Text, StringComparison.Ordinal);
        Assert.Contains(" km)", Api.MessagesTo(1001)[0].Text, StringComparison.Ordinal);
        Assert.Contains("No alerts within", Api.MessagesTo(1002)[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlertButton_Pressed_AnswersCallbackAndRunsItsCommand()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        await Subscribe(host, 1101);
        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        await Eventually.TrueAsync(() => Alerts(1101).Count == 1, "the alert");

        var follow = Buttons(Alerts(1101)[0]).First(b => b.Data.StartsWith("/follow ", StringComparison.Ordinal));
        Api.UserPresses(1101, Alerts(1101)[0].MessageId, follow.Data);
        await Eventually.TrueAsync(() => Api.MessagesTo(1101).Count == 2, "the reply to the button");

        Assert.Contains(Api.Calls, c => c.Method == "answerCallbackQuery" && c.Status == 200);
        Assert.Contains("Following Homs", Api.MessagesTo(1101)[1].Text, StringComparison.Ordinal);
        Assert.Equal(follow.Data["/follow ".Length..], (await Scalar<long>("SELECT geoname_id FROM follows WHERE chat_id = 1101;")).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ChannelPost_Start_SubscribesTheChannel()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);

        Api.ChannelPosts(-1200, "/start");
        await Eventually.TrueAsync(() => Api.MessagesTo(-1200).Count == 1, "the reply in the channel");

        Assert.Equal("channel", await Scalar<string>("SELECT chat_type FROM subscribers WHERE chat_id = -1200;"));
    }

    private static async Task Subscribe(TelegramTestHost host, params long[] chats)
    {
        var store = host.Get<AlertBot.Chat.SubscriberStore>();
        foreach (var chat in chats)
        {
            await store.SubscribeAsync(chat, chat < 0 ? "group" : "private", null, CancellationToken.None);
        }
    }
}
