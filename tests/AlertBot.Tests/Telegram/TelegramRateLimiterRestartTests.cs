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
            await Limiter(before).WaitAsync(7, CancellationToken.None);
        }

        var sent = watch.Elapsed;
        using var after = Worker(globalPerSecond: 1000, perChatPerSecond: 1);
        await Limiter(after).WaitAsync(7, CancellationToken.None);

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
                await limiter.WaitAsync(chat, CancellationToken.None);
            }
        }

        using var after = Worker(globalPerSecond: 2, perChatPerSecond: 1000);
        await Limiter(after).WaitAsync(100, CancellationToken.None);

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

    private static TelegramRateLimiter Limiter(ServiceProvider worker) => worker.GetRequiredService<TelegramRateLimiter>();

    public void Dispose() => _temp.Dispose();
}
