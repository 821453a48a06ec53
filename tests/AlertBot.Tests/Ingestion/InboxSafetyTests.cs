using AlertBot.Alerts;
using AlertBot.Chat;
using AlertBot.Ingestion;
using AlertBot.Ingestion.Feeds;
using AlertBot.Storage;
using ListLoggers = AlertBot.Tests.Ingestion.Feeds.Support;
using AlertBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Ingestion;

/// <summary>Hostile or unlucky inbox contents: links out, FIFOs, churning writers, storage faults, odd dates.</summary>
public sealed class InboxSafetyTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();
    private readonly string _inbox;
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly ListLoggers.ListLogger<InboxScanner> _log = new();
    private readonly ServiceProvider _services;

    public InboxSafetyTests()
    {
        _inbox = _temp.File("inbox");
        Directory.CreateDirectory(_inbox);
        _services = TestServices.Build(_temp.Path, _clock);
    }

    [Fact]
    public async Task Scan_SymlinkOutsideInbox_NotRead()
    {
        var outside = _temp.File("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "Explosion hits Kharkiv power station\nAn explosion hit a power station in Kharkiv, officials said.");
        File.CreateSymbolicLink(Path.Combine(_inbox, "x.txt"), Path.Combine(outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_inbox, "wire"), outside);
        Write("real.txt", "Ferry sinks off Odesa\nA ferry sank off Odesa on Tuesday, the coast guard said.");

        var result = await Scanner(settleMs: 0).ScanAsync(CancellationToken.None);

        Assert.Equal((1, 0, 0), (result.Processed, result.Quarantined, result.Failed));
        Assert.Equal(["real.txt"], await QueryAsync<string>("SELECT source FROM articles;"));
        Assert.Equal(2, _log.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("symbolic link", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(outside, "secret.txt")), "the link's target is left alone");
    }

    [Fact]
    public async Task Scan_FifoInInbox_SkippedWithoutBlocking()
    {
        SpecialFiles.MakeFifo(Path.Combine(_inbox, "pipe.txt"));
        Write("real.txt", "Ferry sinks off Odesa\nA ferry sank off Odesa on Tuesday, the coast guard said.");

        var result = await Scanner(settleMs: 0).ScanAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((1, 0), (result.Processed, result.Failed));
        Assert.Single(_log.Entries, e => e.Message.Contains("pipe.txt", StringComparison.Ordinal) && e.Message.Contains("not a regular file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scan_StorageFault_BacksOffAndLogsOncePerStateChange()
    {
        await using (var connection = await Database.OpenAsync(CancellationToken.None))
        {
            // What a full disk or read-only database does to every write.
            await connection.ExecuteAsync("CREATE TRIGGER full_disk BEFORE INSERT ON articles BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END;");
        }

        Write("one.txt", "Explosion hits Kharkiv power station\nAn explosion hit a power station in Kharkiv on Monday, officials said.");
        Write("two.txt", "Ferry sinks off Odesa\nA ferry sank off Odesa on Tuesday, the coast guard said.");
        var scanner = Scanner(settleMs: 0);

        var first = await scanner.ScanAsync(CancellationToken.None);
        var second = await scanner.ScanAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(3));
        var third = await scanner.ScanAsync(CancellationToken.None);

        Assert.True(first.RetryAt > Start, "the pass is retried later, not at once");
        Assert.Equal(first.RetryAt, second.RetryAt);
        Assert.Equal(0, third.Processed);
        Assert.Single(_log.AtLeast(LogLevel.Error));
        await using (var connection = await Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("DROP TRIGGER full_disk;");
        }

        _clock.Advance(TimeSpan.FromMinutes(10));
        var recovered = await scanner.ScanAsync(CancellationToken.None);

        Assert.Equal(2, recovered.Processed);
        Assert.Single(_log.AtLeast(LogLevel.Error));
        Assert.Single(_log.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("resumed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scan_FileRewrittenEvery2Seconds_NotIngestedAtEachPause()
    {
        var scanner = Scanner(settleMs: 1000);
        var path = Path.Combine(_inbox, "live.txt");
        var processed = 0;
        for (var version = 1; version <= 15; version++)
        {
            // A writer that takes no lock rewrites the file, then pauses for two seconds.
            File.WriteAllText(path, $"Explosion hits Kharkiv power station\nAn explosion hit a power station in Kharkiv on Monday, officials said. Update {version}: crews are at the scene.");
            File.SetLastWriteTimeUtc(path, _clock.GetUtcNow().UtcDateTime);
            _clock.Advance(TimeSpan.FromSeconds(2));
            processed += (await scanner.ScanAsync(CancellationToken.None)).Processed;
        }

        _clock.Advance(TimeSpan.FromMinutes(2));
        processed += (await scanner.ScanAsync(CancellationToken.None)).Processed;
        processed += (await scanner.ScanAsync(CancellationToken.None)).Processed;

        Assert.Equal(2, processed); // the first version, and the last once the writer is done
        Assert.Single(await QueryAsync<long>("SELECT id FROM developments WHERE is_alert = 1;"));
        Assert.Equal([new FileInfo(path).Length], await QueryAsync<long>("SELECT size FROM inbox_files WHERE path = 'live.txt';"));
    }

    [Fact]
    public async Task Scan_FeedFileWithMalformedDates_ReadOnceNotRetried()
    {
        Write("wire.rss", Rss(
            ("Explosion hits Kharkiv power station", "https://example.org/a", "Mon, 01 Jan 99999999999 10:00:00 GMT"),
            ("Ferry sinks off Odesa", "https://example.org/b", "Sat, 01 Jan 0000 00:00:00 GMT"),
            ("Dam bursts near Kherson", "https://example.org/c", "Mon, 04 Mar 2024 09:00:00 +1430")));
        var scanner = Scanner(settleMs: 0);

        var first = await scanner.ScanAsync(CancellationToken.None);
        var second = await scanner.ScanAsync(CancellationToken.None);

        Assert.Equal((1, 0, 0), (first.Processed, first.Quarantined, first.Failed));
        Assert.Equal((0, 0), (second.Processed, second.Failed));
        Assert.Equal(3, (await QueryAsync<string>("SELECT source FROM articles;")).Count);
    }

    [Fact]
    public async Task Scan_FeedFileWithOldItems_HonoursMaxItemAge()
    {
        await _services.GetRequiredService<SubscriberStore>().SubscribeAsync(1, "private", null, CancellationToken.None);
        Write("wire.rss", Rss(
            ("Explosion hits Kharkiv power station, killing three workers", "https://example.org/old", Start.AddDays(-3).ToString("R")),
            ("Explosion hits Odesa power station, killing three workers", "https://example.org/new", Start.AddMinutes(-5).ToString("R"))));

        await Scanner(settleMs: 0).ScanAsync(CancellationToken.None);

        var alerted = await QueryAsync<string>("""
            SELECT s.source FROM deliveries d JOIN development_sources s ON s.development_id = d.development_id WHERE d.kind = 'alert';
            """);
        Assert.Equal(2, (await QueryAsync<string>("SELECT source FROM articles;")).Count);
        Assert.Equal(["https://example.org/new"], alerted.Distinct());
    }

    [Fact]
    public async Task Scan_FuturePublishTime_ClampedToTimeReceived()
    {
        Write("future.json", """{"title": "Explosion hits Kharkiv power station", "body": "An explosion hit a power station in Kharkiv on Monday, officials said.", "published": "2099-01-01T00:00:00Z"}""");

        await Scanner(settleMs: 0).ScanAsync(CancellationToken.None);

        Assert.Equal([Iso.Format(Start)], await QueryAsync<string>("SELECT published_utc FROM articles;"));
        Assert.All(await QueryAsync<string>("SELECT first_seen_utc FROM developments;"), seen => Assert.Equal(Iso.Format(Start), seen));
    }

    private static string Rss(params (string Title, string Link, string Date)[] items) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
        + string.Concat(items.Select(i => $"<item><title>{i.Title}</title><link>{i.Link}</link><description>{i.Title}, officials said on Monday.</description><pubDate>{i.Date}</pubDate></item>"))
        + "</channel></rss>";

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_inbox, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, _clock.GetUtcNow().AddMinutes(-1).UtcDateTime);
    }

    private Database Database => _services.GetRequiredService<Database>();

    private InboxScanner Scanner(int settleMs) => new(
        _services.GetRequiredService<ArticleProcessor>(),
        Database,
        Options.Create(new InboxOptions { Path = _inbox, SettleMilliseconds = settleMs }),
        Options.Create(new FeedsOptions()),
        _clock,
        _log);

    private async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<T>(sql)).ToList();
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }
}
