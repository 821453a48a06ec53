using AlertBot.Telegram.Receiving;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Tests.Telegram;

/// <summary>Receiving under stress: set-up that keeps failing, and one chat flooding the bot.</summary>
public sealed class TelegramReceivingTests : TelegramHostTests
{
    [Fact]
    public async Task Setup_SetMyCommandsFails100Times_LogsOnceBacksOffAndRecovers()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var logs = new CapturedLogs();
        Api.FailMethod("setMyCommands", 500, times: 100);
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath, logs: logs, clock: clock);

        for (var failures = 1; failures <= 100; failures++)
        {
            var seen = failures;
            await Eventually.TrueAsync(() => Api.CallsTo("setMyCommands").Count == seen, $"setMyCommands attempt {seen}");
            await Eventually.TrueAsync(() => NextDelays(logs).Count == seen, $"the backoff after failure {seen}");
            // Only the clock lets the next attempt happen: without a backoff there would be far more calls than this.
            // The backoff's timer may start a moment after its log line, so the clock moves on until the attempt comes
            // (a move with no timer set yet lets nothing happen).
            await Eventually.TrueAsync(
                () =>
                {
                    if (Api.CallsTo("setMyCommands").Count > seen)
                    {
                        return true;
                    }

                    clock.Advance(TelegramBotSetup.MaxDelay);
                    return false;
                },
                $"setMyCommands attempt {seen + 1} once the clock passes the backoff");
        }

        await Eventually.TrueAsync(() => Api.CallsTo("setMyCommands").Count == 101 && logs.All.Contains("succeeded after 100 failed attempts", StringComparison.Ordinal), "the recovery");
        var delays = NextDelays(logs);
        var warnings = logs.Lines.Count(l => l.StartsWith("Warning AlertBot.Telegram.Receiving.TelegramBotSetup", StringComparison.Ordinal));

        Assert.Equal(1, warnings);
        Assert.Equal(101, Api.CallsTo("setMyCommands").Count);
        Assert.InRange(delays[0], TelegramBotSetup.BaseDelay / 2, TelegramBotSetup.BaseDelay);
        Assert.True(delays[5] > delays[0] * 8, $"delays grow exponentially: {delays[0]} then {delays[5]}");
        Assert.All(delays, d => Assert.True(d <= TelegramBotSetup.MaxDelay));
        Assert.True(delays[^1] >= TelegramBotSetup.MaxDelay / 2, "delays reach the cap");
        Assert.Contains(Api.Calls, c => c.Method == "getUpdates" && c.Status == 200);
    }

    [Fact]
    public async Task Flood_OneChatSendsThousandCommands_OtherChatIsAnsweredMeanwhile()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath, new Dictionary<string, string?> { ["Telegram:FloodWindowSeconds"] = "600" });
        for (var i = 0; i < 1000; i++)
        {
            Api.UserSends(3101, "/help");
        }

        Api.UserSends(3102, "/help");
        await Eventually.TrueAsync(() => Api.MessagesTo(3102).Count == 1, "the other chat's answer");

        // The flooding chat is answered at 1 message/s: the other chat must not have waited for all of that.
        Assert.True(Api.MessagesTo(3101).Count < 8, $"the other chat waited for {Api.MessagesTo(3101).Count} flood answers");
    }

    [Fact]
    public async Task Flood_OneChatSendsThousandCommands_AnsweredOncePastItsAllowancePerWindow()
    {
        await using var host = await TelegramTestHost.StartAsync(Api, DatabasePath, new Dictionary<string, string?>
        {
            ["Telegram:FloodWindowSeconds"] = "600",
            ["Telegram:FloodMaxCommands"] = "3",
        });
        // The count below reads the file directly: the schema must be there before the first look.
        await host.Get<AlertBot.Storage.Database>().MigrateAsync(CancellationToken.None);
        for (var i = 0; i < 1000; i++)
        {
            Api.UserSends(3201, "/help");
        }

        await Eventually.TrueAsync(async () => await Scalar<long>("SELECT COUNT(*) FROM telegram_updates WHERE handled_utc IS NOT NULL;") == 1000, "every update handled", seconds: 30);

        var replies = Api.MessagesTo(3201);
        Assert.Equal(4, replies.Count);
        Assert.All(replies.Take(3), r => Assert.Contains("/start - subscribe", r.Text, StringComparison.Ordinal));
        Assert.Contains("Too many messages", replies[3].Text, StringComparison.Ordinal);
        Assert.Equal(0, Api.RateLimitedCount);
    }

    /// <summary>The delays the set-up chose, from its debug lines ("next attempt in 00:00:01.2").</summary>
    private static List<TimeSpan> NextDelays(CapturedLogs logs) =>
        logs.Lines
            .Where(l => l.StartsWith("Debug AlertBot.Telegram.Receiving.TelegramBotSetup", StringComparison.Ordinal) && l.Contains("setMyCommands failure", StringComparison.Ordinal))
            .Select(l => TimeSpan.Parse(l[(l.IndexOf("next attempt in ", StringComparison.Ordinal) + 16)..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
}
