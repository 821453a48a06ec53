using System.Globalization;
using AlertBot.Chat;
using AlertBot.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Tests.Telegram;

/// <summary>Per-chat settings end to end: commands and buttons in, alerts out as each chat chose.</summary>
public sealed class TelegramChatSettingsTests : TelegramHostTests
{
    [Fact]
    public async Task ConfirmedOnlyChat_SingleOutletThenSecond_GetsTheAlertOnceAsANewConfirmedMessage()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        await CommandAsync(2101, "/start");
        await CommandAsync(2102, "/start");
        await CommandAsync(2102, "/level confirmed");

        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        await Eventually.TrueAsync(async () => await Scalar<long>("SELECT COUNT(*) FROM deliveries WHERE chat_id = 2102 AND status = 'held';") == 1, "the alert held for the confirmed-only chat");
        await Eventually.TrueAsync(OutboxDrainedAsync, "the first fan-out");
        Assert.Single(Alerts(2101));
        Assert.Empty(Alerts(2102));

        await host.ProcessAsync("daily-two", TestArticles.CityTakenAgainTitle, TestArticles.CityTakenAgainBody);
        await Eventually.TrueAsync(() => Alerts(2102).Count > 0 && Alerts(2101).Any(m => m.Edits > 0), "the confirmed alert and the edit");
        await Eventually.TrueAsync(OutboxDrainedAsync, "the second fan-out");

        var confirmed = Assert.Single(Alerts(2102));
        Assert.Equal(0, confirmed.Edits);
        Assert.Contains("Confirmed by 2 outlets", confirmed.Text, StringComparison.Ordinal);
        Assert.Contains("Confirmed by 2 outlets", Assert.Single(Alerts(2101)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuietHoursSilent_AlertDuringThem_DeliveredWithoutNotification()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        await CommandAsync(2201, "/start");
        await CommandAsync(2202, "/start");
        var now = DateTimeOffset.UtcNow;
        await CommandAsync(2201, "/timezone UTC");
        await CommandAsync(2201, $"/quiet {Clock(now.AddHours(-1))}-{Clock(now.AddHours(1))}");

        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        await Eventually.TrueAsync(OutboxDrainedAsync, "the fan-out");

        Assert.True(Assert.Single(Alerts(2201)).Silent);
        Assert.False(Assert.Single(Alerts(2202)).Silent);
    }

    [Fact]
    public async Task QuietHoursWait_AlertDuringThem_HeldUntilTheyEndInTheChatsZone()
    {
        // 23:30 in Paris (UTC+1 in winter); quiet 22:00-07:00 Paris time ends at 06:00 UTC.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 22, 30, 0, TimeSpan.Zero));
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath, clock: clock);
        var settings = host.Get<ChatSettingsStore>();
        await host.Get<SubscriberStore>().SubscribeAsync(2301, "private", null, CancellationToken.None);
        await settings.SetTimeZoneAsync(2301, "Europe/Paris", CancellationToken.None);
        await settings.SetQuietHoursAsync(2301, 22 * 60, 7 * 60, CancellationToken.None);
        await settings.SetQuietModeAsync(2301, QuietMode.Wait, CancellationToken.None);

        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody, clock.GetUtcNow());
        await Eventually.TrueAsync(async () => await Scalar<string>("SELECT next_attempt_utc FROM deliveries WHERE chat_id = 2301;") == "2026-01-16T06:00:00.0000000Z", "the delivery deferred to the end of quiet hours");
        Assert.Empty(Alerts(2301));

        clock.SetUtcNow(new DateTimeOffset(2026, 1, 16, 6, 0, 1, TimeSpan.Zero));
        await Eventually.TrueAsync(() => Alerts(2301).Count == 1, "the alert once quiet hours ended");

        Assert.False(Alerts(2301)[0].Silent);
    }

    [Fact]
    public async Task Keywords_IncludeAndExclude_OnlyMatchingChatsGetTheAlert()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        foreach (var chat in new long[] { 2401, 2402, 2403, 2404 })
        {
            await CommandAsync(chat, "/start");
        }

        await CommandAsync(2401, "/include Homs");
        await CommandAsync(2402, "/exclude homs");
        await CommandAsync(2403, "/include earthquake");

        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        await host.ProcessAsync("wire-one", TestArticles.QuakeTitle, TestArticles.QuakeBody);
        await Eventually.TrueAsync(OutboxDrainedAsync, "the fan-out");

        Assert.Contains("Homs", Assert.Single(Alerts(2401)).Text, StringComparison.Ordinal);
        Assert.Contains("earthquake", Assert.Single(Alerts(2402)).Text, StringComparison.Ordinal);
        Assert.Contains("earthquake", Assert.Single(Alerts(2403)).Text, StringComparison.Ordinal);
        Assert.Equal(2, Alerts(2404).Count);
    }

    [Fact]
    public async Task PauseThenResume_AlertsInBetweenSkipped_LaterOnesArrive()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        await CommandAsync(2501, "/start");
        await CommandAsync(2501, "/pause");

        await host.ProcessAsync("wire-one", TestArticles.CityTakenTitle, TestArticles.CityTakenBody);
        await Eventually.TrueAsync(OutboxDrainedAsync, "the paused fan-out");
        Assert.Empty(Alerts(2501));
        Assert.Equal("skipped", await Scalar<string>("SELECT status FROM deliveries WHERE chat_id = 2501;"));

        await CommandAsync(2501, "/resume");
        await host.ProcessAsync("wire-one", TestArticles.QuakeTitle, TestArticles.QuakeBody);
        await Eventually.TrueAsync(() => Alerts(2501).Count == 1, "the alert after /resume");

        Assert.Contains("earthquake", Alerts(2501)[0].Text, StringComparison.Ordinal);
        Assert.Equal(1, await Scalar<long>("SELECT COUNT(*) FROM subscribers WHERE chat_id = 2501 AND paused = 0;"));
    }

    [Fact]
    public async Task SettingsMenu_ButtonPressed_ChangesTheSettingAndEditsTheMenuInPlace()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        await CommandAsync(2601, "/start");
        var menu = await CommandAsync(2601, "/settings");
        Assert.Contains("Alerts: every alert", menu.Text, StringComparison.Ordinal);
        var confirmedOnly = ButtonData(menu).Single(d => d == "/level confirmed");

        Api.UserPresses(2601, menu.MessageId, confirmedOnly);
        await Eventually.TrueAsync(() => Api.MessagesTo(2601).Any(m => m.MessageId == menu.MessageId && m.Edits == 1), "the menu edited in place");

        var edited = Api.MessagesTo(2601).Single(m => m.MessageId == menu.MessageId);
        Assert.Contains("Alerts: confirmed only", edited.Text, StringComparison.Ordinal);
        Assert.Contains(Buttons(edited), b => b.Text == "✓ Confirmed only");
        Assert.Equal("confirmed", await Scalar<string>("SELECT level FROM subscribers WHERE chat_id = 2601;"));
        Assert.Contains(Api.Calls, c => c.Method == "answerCallbackQuery" && c.Status == 200);
    }

    [Fact]
    public async Task GroupMemberNotAdmin_StopAndSettings_RefusedWhileAdminMayStop()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        const long group = -2701;
        Api.MakeAdmin(group, 11);
        await host.Get<SubscriberStore>().SubscribeAsync(group, "supergroup", "Group", CancellationToken.None);

        Api.MemberSends(group, 12, "/stop");
        Api.MemberSends(group, 12, "/level major");
        Api.MemberSends(group, 12, "/follow Homs");
        await Eventually.TrueAsync(() => Api.MessagesTo(group).Count == 3, "the three refusals");
        Assert.All(Api.MessagesTo(group), m => Assert.Contains("administrators", m.Text, StringComparison.Ordinal));
        Assert.Equal("every", await Scalar<string>("SELECT level FROM subscribers WHERE chat_id = -2701;"));
        Assert.Equal(0, await Scalar<long>("SELECT COUNT(*) FROM follows WHERE chat_id = -2701;"));

        Api.MemberSends(group, 11, "/stop");
        await Eventually.TrueAsync(() => Api.MessagesTo(group).Count == 4, "the admin's /stop answered");

        Assert.Contains("Unsubscribed", Api.MessagesTo(group)[3].Text, StringComparison.Ordinal);
        Assert.Equal(0, await Scalar<long>("SELECT COUNT(*) FROM subscribers WHERE chat_id = -2701;"));
        Assert.Equal(4, Api.CallsTo("getChatMember").Count);
    }

    [Fact]
    public async Task Start_NewChat_ExplainsAndOffersButtons()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);

        var reply = await CommandAsync(2801, "/start");

        Assert.Contains("/follow", reply.Text, StringComparison.Ordinal);
        Assert.Contains("confirm", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["/latest", "/cities", "/settings", "/help"], ButtonData(reply));
    }

    [Fact]
    public async Task CityWithCountry_SeveralPlaces_ButtonsFollowExactlyTheChosenOne()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        var usParises = host.Get<AlertBot.Detection.DetectionEngine>().Gazetteer.Lookup("Paris").Matches.Where(p => p.CountryCode == "US").ToList();
        Assert.True(usParises.Count >= 2, "the gazetteer has several places called Paris in the US");

        var answer = await CommandAsync(2901, "/follow Paris, US");
        var buttons = Buttons(answer);
        Assert.Equal(Math.Min(usParises.Count, AlertBot.Chat.CityQuery.MaxAlternatives + 1), buttons.Count);
        Assert.Equal(buttons.Count, buttons.Select(b => b.Text).Distinct().Count());
        var chosen = usParises[1];
        var press = buttons.Single(b => b.Data == $"/follow {chosen.GeonameId}");

        Api.UserPresses(2901, answer.MessageId, press.Data);
        await Eventually.TrueAsync(() => Api.MessagesTo(2901).Count == 2, "the reply to the button");
        var following = await CommandAsync(2901, "/following");

        Assert.Equal(chosen.GeonameId, await Scalar<long>("SELECT geoname_id FROM follows WHERE chat_id = 2901;"));
        Assert.Contains(press.Text, following.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Paris, Paris", following.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountryButton_NegativeGeoNamesId_AnswersForThatCountry()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        var syria = host.Get<AlertBot.Detection.DetectionEngine>().Gazetteer.Lookup("Syria").Matches.First(p => p.IsCountry);
        Assert.True(syria.GeonameId < 0);

        var reply = await CommandAsync(3101, $"/city {syria.GeonameId}");

        Assert.Contains("Syria", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"/follow {syria.GeonameId}", ButtonData(reply));
    }

    [Fact]
    public async Task Following_AfterStop_SaysTheChatIsNotSubscribed()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath);
        await CommandAsync(3001, "/start");
        await CommandAsync(3001, "/stop");

        var reply = await CommandAsync(3001, "/following");

        Assert.Contains("not subscribed", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("every alert", reply.Text, StringComparison.Ordinal);
    }

    private static string Clock(DateTimeOffset time) => time.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static List<string> ButtonData(FakeBotApiMessage message) => Buttons(message).Select(b => b.Data).ToList();
}
