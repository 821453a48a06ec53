using AlertBot.Alerts;
using AlertBot.Ingestion;
using AlertBot.Ingestion.Feeds;
using AlertBot.Storage;
using AlertBot.Tests.Support;
using AlertBot.Tests.Telegram;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Ingestion;

public sealed class InboxWatcherTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Watcher_IdleInbox_SleepsUntilTheFolderChanges()
    {
        var inbox = _temp.File("inbox");
        Directory.CreateDirectory(inbox);
        await using var services = TestServices.Build(_temp.Path, TimeProvider.System);
        var scanner = new InboxScanner(
            services.GetRequiredService<ArticleProcessor>(),
            services.GetRequiredService<Database>(),
            Options.Create(new InboxOptions { Path = inbox, SettleMilliseconds = 0 }),
            Options.Create(new FeedsOptions()),
            TimeProvider.System,
            NullLogger<InboxScanner>.Instance);
        using var watcher = new InboxWatcher(scanner, TimeProvider.System, NullLogger<InboxWatcher>.Instance);

        await watcher.StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => scanner.Passes >= 1, "the start-up scan");
        await File.WriteAllTextAsync(Path.Combine(inbox, "one.txt"), "Explosion hits Kharkiv power station\nAn explosion hit a power station in Kharkiv on Monday, officials said.");
        await Eventually.TrueAsync(async () => await CountAsync(services) == 1, "the new file read");
        await watcher.StopAsync(CancellationToken.None);

        // One scan at start and one per burst of file events; a watcher that does not wait scans thousands of times.
        Assert.InRange(scanner.Passes, 2, 8);
    }

    [Theory]
    [InlineData(null, -1)]
    [InlineData(0, 50)]
    [InlineData(-5_000, 50)]
    [InlineData(1_000, 1_050)]
    public void NextWait_PendingOrNot_NeverZero(int? retryInMs, int expectedMs)
    {
        var now = DateTimeOffset.UnixEpoch;

        var wait = InboxWatcher.NextWait(retryInMs is { } ms ? now.AddMilliseconds(ms) : null, now);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), wait);
    }

    private static async Task<long> CountAsync(ServiceProvider services)
    {
        await using var connection = await services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles;");
    }

    public void Dispose() => _temp.Dispose();
}
