using System.Diagnostics;
using AlertBot.Telegram;
using AlertBot.Telegram.Sending;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Telegram;

/// <summary>Real time with short intervals; only lower bounds are asserted, since a limiter may never be faster.</summary>
public sealed class TelegramRateLimiterTests
{
    [Fact]
    public async Task WaitAsync_ManyChats_PacedAtTheGlobalRate()
    {
        var limiter = Limiter(global: 100, perChat: 1000, groupPerMinute: 60_000);
        var watch = Stopwatch.StartNew();

        for (var chat = 1; chat <= 21; chat++)
        {
            await limiter.WaitAsync(chat, CancellationToken.None);
        }

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(190), $"21 sends at 100/s took only {watch.Elapsed}");
    }

    [Fact]
    public async Task WaitAsync_SameChatTwice_WaitsThePerChatInterval()
    {
        var limiter = Limiter(global: 1000, perChat: 4, groupPerMinute: 60_000);
        var watch = Stopwatch.StartNew();
        await limiter.WaitAsync(7, CancellationToken.None);

        await limiter.WaitAsync(7, CancellationToken.None);

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(240), $"two sends took only {watch.Elapsed}");
    }

    [Fact]
    public async Task WaitAsync_GroupTwice_WaitsTheGroupInterval()
    {
        var limiter = Limiter(global: 1000, perChat: 1000, groupPerMinute: 200);
        var watch = Stopwatch.StartNew();
        await limiter.WaitAsync(-7, CancellationToken.None);

        await limiter.WaitAsync(-7, CancellationToken.None);

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(290), $"two group sends took only {watch.Elapsed}");
    }

    [Fact]
    public async Task Penalize_ChatNotBusy_PausesEveryChat()
    {
        var limiter = Limiter(global: 1000, perChat: 1000, groupPerMinute: 60_000);
        await limiter.WaitAsync(1, CancellationToken.None);

        var global = limiter.Penalize(1, TimeSpan.FromMilliseconds(400));
        var watch = Stopwatch.StartNew();
        await limiter.WaitAsync(2, CancellationToken.None);

        Assert.True(global);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(370), $"another chat went out after {watch.Elapsed}");
    }

    [Fact]
    public async Task Penalize_BusyChat_PausesOnlyThatChat()
    {
        var limiter = Limiter(global: 1000, perChat: 10, groupPerMinute: 60_000);
        await limiter.WaitAsync(1, CancellationToken.None);
        await limiter.WaitAsync(1, CancellationToken.None);

        var global = limiter.Penalize(1, TimeSpan.FromSeconds(1));
        var other = Stopwatch.StartNew();
        await limiter.WaitAsync(2, CancellationToken.None);
        var otherTook = other.Elapsed;
        var same = Stopwatch.StartNew();
        await limiter.WaitAsync(1, CancellationToken.None);

        Assert.False(global);
        Assert.True(otherTook < TimeSpan.FromMilliseconds(900), $"another chat was held back {otherTook}");
        Assert.True(same.Elapsed + otherTook >= TimeSpan.FromMilliseconds(950), "the penalized chat did not wait out retry_after");
    }

    private static TelegramRateLimiter Limiter(double global, double perChat, double groupPerMinute) =>
        new(Options.Create(new TelegramOptions { GlobalMessagesPerSecond = global, PerChatMessagesPerSecond = perChat, GroupMessagesPerMinute = groupPerMinute }), TimeProvider.System);
}
