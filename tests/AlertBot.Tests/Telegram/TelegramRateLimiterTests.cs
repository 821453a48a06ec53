using System.Diagnostics;
using AlertBot.Storage;
using AlertBot.Telegram;
using AlertBot.Telegram.Sending;
using AlertBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Telegram;

/// <summary>
/// Real time with short intervals over a SQLite store; only lower bounds are asserted, since a limiter may never be
/// faster. Each send is answered at once (its booking disposed), as the transport does once Telegram answers.
/// </summary>
public sealed class TelegramRateLimiterTests : IDisposable
{
    private readonly TestStore _store = new(StorageProvider.Sqlite);
    private readonly List<Database> _databases = [];

    [Fact]
    public async Task WaitAsync_ManyChats_PacedAtTheGlobalRate()
    {
        var limiter = Limiter(global: 100, perChat: 1000, groupPerMinute: 60_000);
        var watch = Stopwatch.StartNew();

        for (var chat = 1; chat <= 21; chat++)
        {
            await SendAsync(limiter, chat, CancellationToken.None);
        }

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(190), $"21 sends at 100/s took only {watch.Elapsed}");
    }

    [Fact]
    public async Task WaitAsync_SameChatTwice_WaitsThePerChatInterval()
    {
        var limiter = Limiter(global: 1000, perChat: 4, groupPerMinute: 60_000);
        var watch = Stopwatch.StartNew();
        await SendAsync(limiter, 7, CancellationToken.None);

        await SendAsync(limiter, 7, CancellationToken.None);

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(240), $"two sends took only {watch.Elapsed}");
    }

    [Fact]
    public async Task WaitAsync_GroupTwice_WaitsTheGroupInterval()
    {
        var limiter = Limiter(global: 1000, perChat: 1000, groupPerMinute: 200);
        var watch = Stopwatch.StartNew();
        await SendAsync(limiter, -7, CancellationToken.None);

        await SendAsync(limiter, -7, CancellationToken.None);

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(290), $"two group sends took only {watch.Elapsed}");
    }

    [Fact]
    public async Task Penalize_ChatNotBusy_PausesEveryChat()
    {
        var limiter = Limiter(global: 1000, perChat: 1000, groupPerMinute: 60_000);
        await SendAsync(limiter, 1, CancellationToken.None);

        var global = limiter.Penalize(1, TimeSpan.FromMilliseconds(400));
        var watch = Stopwatch.StartNew();
        await SendAsync(limiter, 2, CancellationToken.None);

        Assert.True(global);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(370), $"another chat went out after {watch.Elapsed}");
    }

    [Fact]
    public async Task Penalize_BusyChat_PausesOnlyThatChat()
    {
        var limiter = Limiter(global: 1000, perChat: 10, groupPerMinute: 60_000);
        await SendAsync(limiter, 1, CancellationToken.None);
        await SendAsync(limiter, 1, CancellationToken.None);

        var global = limiter.Penalize(1, TimeSpan.FromSeconds(1));
        var other = Stopwatch.StartNew();
        await SendAsync(limiter, 2, CancellationToken.None);
        var otherTook = other.Elapsed;
        var same = Stopwatch.StartNew();
        await SendAsync(limiter, 1, CancellationToken.None);

        Assert.False(global);
        Assert.True(otherTook < TimeSpan.FromMilliseconds(900), $"another chat was held back {otherTook}");
        Assert.True(same.Elapsed + otherTook >= TimeSpan.FromMilliseconds(950), "the penalized chat did not wait out retry_after");
    }

    [Fact]
    public async Task WaitAsync_ManySendersAtOnce_NoSecondHoldsMoreThanTheLimit()
    {
        var limiter = Limiter(global: 20, perChat: 1000, groupPerMinute: 60_000);
        var sent = new System.Collections.Concurrent.ConcurrentBag<TimeSpan>();
        var watch = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(1, 30), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (chat, ct) =>
        {
            await using var booked = await limiter.WaitAsync(chat, ct);
            sent.Add(watch.Elapsed);
        });

        var times = sent.Order().ToList();
        var busiest = times.Select((t, i) => times.Skip(i).TakeWhile(u => u - t <= TimeSpan.FromSeconds(1)).Count()).Max();
        Assert.True(busiest <= 20, $"{busiest} sends within one second at 20/s");
    }

    private static async Task SendAsync(TelegramRateLimiter limiter, long chatId, CancellationToken cancellationToken)
    {
        await using var booked = await limiter.WaitAsync(chatId, cancellationToken);
    }

    private TelegramRateLimiter Limiter(double global, double perChat, double groupPerMinute)
    {
        var options = Options.Create(new TelegramOptions { GlobalMessagesPerSecond = global, PerChatMessagesPerSecond = perChat, GroupMessagesPerMinute = groupPerMinute });
        var database = new Database(Options.Create(_store.Options), TimeProvider.System, NullLogger<Database>.Instance);
        _databases.Add(database);
        return new TelegramRateLimiter(options, TimeProvider.System, new SharedRateSlots(database, options, TimeProvider.System));
    }

    public void Dispose()
    {
        _databases.ForEach(d => d.Dispose());
        _store.Dispose();
    }
}
