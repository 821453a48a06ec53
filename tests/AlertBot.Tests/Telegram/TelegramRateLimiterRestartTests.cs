using System.Diagnostics;
using AlertBot.Storage;
using AlertBot.Telegram;
using AlertBot.Telegram.Sending;
using AlertBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Telegram;

/// <summary>
/// A restarted worker carries on the pace the last one kept: a new process that started afresh would send its
/// first messages at once, on top of the old one's last second. The limiter is built the way the worker builds it
/// (AddTelegram over a SQLite file), in real time with long intervals; only lower bounds are asserted.
/// </summary>
public sealed class TelegramRateLimiterRestartTests : IDisposable
{
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(20);
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task WaitAsync_AfterRestart_ChatWaitsItsIntervalFromTheLastProcessesSend()
    {
        var watch = Stopwatch.StartNew();
        using (var before = Worker(globalPerSecond: 1000, perChatPerSecond: 1))
        {
            await SendAsync(Limiter(before), 7);
        }

        var sent = watch.Elapsed;
        using var after = Worker(globalPerSecond: 1000, perChatPerSecond: 1);
        await SendAsync(Limiter(after), 7);

        Assert.True(watch.Elapsed - sent >= TimeSpan.FromSeconds(1) - Slack, $"the chat's next message went {watch.Elapsed - sent} after the last");
    }

    [Fact]
    public async Task WaitAsync_AfterRestartMidBurst_GlobalPaceCarriesOn()
    {
        var watch = Stopwatch.StartNew();
        using (var before = Worker(globalPerSecond: 2, perChatPerSecond: 1000))
        {
            var limiter = Limiter(before);
            for (var chat = 1; chat <= 3; chat++)
            {
                await SendAsync(limiter, chat);
            }
        }

        using var after = Worker(globalPerSecond: 2, perChatPerSecond: 1000);
        await SendAsync(Limiter(after), 100);

        // Slots at 0, 0.5 and 1.0 s before the restart: the next is 1.5 s, whoever sends it.
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(1500) - Slack, $"the fourth message went after {watch.Elapsed}");
    }

    /// <summary>One worker process's services: what a restart throws away, but for the file.</summary>
    private ServiceProvider Worker(double globalPerSecond, double perChatPerSecond)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = "123456:TEST-token",
            ["Telegram:GlobalMessagesPerSecond"] = globalPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Telegram:PerChatMessagesPerSecond"] = perChatPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Storage:DatabasePath"] = _temp.File("limits.db"),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton(Options.Create(new StorageOptions { DatabasePath = _temp.File("limits.db") }))
            .AddSingleton<Database>();
        services.AddTelegram(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>A send answered at once.</summary>
    private static async Task SendAsync(TelegramRateLimiter limiter, long chatId)
    {
        await using var booked = await limiter.WaitAsync(chatId, CancellationToken.None);
    }

    private static TelegramRateLimiter Limiter(ServiceProvider worker) => worker.GetRequiredService<TelegramRateLimiter>();

    public void Dispose() => _temp.Dispose();
}
