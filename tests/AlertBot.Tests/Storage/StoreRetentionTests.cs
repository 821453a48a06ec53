using System.Data.Common;
using AlertBot.Alerts;
using AlertBot.Ingestion;
using AlertBot.Ingestion.Feeds;
using AlertBot.Storage;
using AlertBot.Tests.Support;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Tests.Storage;

/// <summary>Run once per provider (<see cref="StoreRetentionSqliteTests"/>, <see cref="StoreRetentionPostgresTests"/>).</summary>
public abstract class StoreRetentionTests : IAsyncLifetime
{
    private const long Chat = 10;
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Old = Now.AddDays(-31);
    private static readonly DateTimeOffset Recent = Now.AddDays(-2);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly TestStore _store;
    private readonly Database _database;
    private DbConnection _connection = null!;

    protected StoreRetentionTests(StorageProvider provider)
    {
        _store = new TestStore(provider);
        _database = new Database(Options.Create(_store.Options), _clock, NullLogger<Database>.Instance);
    }

    private string Inbox => _store.Folder.File("inbox");

    public async Task InitializeAsync()
    {
        _connection = await _database.OpenAsync(CancellationToken.None);
        await StoreSeed.SubscriberAsync(_connection, Chat, Old);
    }

    [Fact]
    public async Task PruneAsync_DevelopmentsPastRetention_RemovedWithTheirPlacesSourcesAndDeliveries()
    {
        var old = await StoreSeed.DevelopmentAsync(_connection, Old, alert: false, places: [1]);
        var article = await StoreSeed.ArticleAsync(_connection, Old);
        await StoreSeed.SourceAsync(_connection, old, article, Old);
        await StoreSeed.DeliveryAsync(_connection, old, Chat, "sent", Old);
        var recent = await StoreSeed.DevelopmentAsync(_connection, Recent, alert: false, places: [1]);

        var result = await Retention().PruneAsync(CancellationToken.None);

        Assert.Equal([recent], await IdsAsync("SELECT id FROM developments"));
        Assert.Equal(0, await CountAsync($"SELECT COUNT(*) FROM development_places WHERE development_id = {old}"));
        Assert.Equal(0, await CountAsync($"SELECT COUNT(*) FROM development_sources WHERE development_id = {old}"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM deliveries"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM articles"));
        Assert.Equal((1, 1, 1), (result.Developments, result.Deliveries, result.Articles));
    }

    [Fact]
    public async Task PruneAsync_EveryAlertPastRetention_NewestThatLatestListsKept()
    {
        var alerts = new List<long>();
        for (var i = 0; i < 15; i++)
        {
            alerts.Add(await StoreSeed.DevelopmentAsync(_connection, Old.AddMinutes(-i)));
        }

        await Retention().PruneAsync(CancellationToken.None);

        var latest = await new AlertQueries(_database).LatestAsync(new AlertsOptions().MaxListed, CancellationToken.None);
        Assert.Equal(alerts.Take(new AlertsOptions().MaxListed), latest.Select(a => a.Id));
        Assert.Equal(new AlertsOptions().MaxListed, await CountAsync("SELECT COUNT(*) FROM developments"));
    }

    [Fact]
    public async Task PruneAsync_OldDevelopmentStillQueuedOrTheStoryOfARecentArticle_Kept()
    {
        var queued = await StoreSeed.DevelopmentAsync(_connection, Old, alert: false);
        await StoreSeed.DeliveryAsync(_connection, queued, Chat, "pending", Old);
        var story = await StoreSeed.DevelopmentAsync(_connection, Old, alert: false);
        await StoreSeed.ArticleAsync(_connection, Recent, storyId: story);

        await Retention().PruneAsync(CancellationToken.None);

        Assert.Equal([queued, story], await IdsAsync("SELECT id FROM developments"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM deliveries WHERE status = 'pending'"));
    }

    [Fact]
    public async Task PruneAsync_OldArticleThatAKeptDevelopmentCites_Kept()
    {
        var kept = await StoreSeed.DevelopmentAsync(_connection, Recent, alert: false);
        var cited = await StoreSeed.ArticleAsync(_connection, Old);
        await StoreSeed.SourceAsync(_connection, kept, cited, Recent);
        await StoreSeed.ArticleAsync(_connection, Old);

        await Retention().PruneAsync(CancellationToken.None);

        Assert.Equal([cited], await IdsAsync("SELECT id FROM articles"));
    }

    [Fact]
    public async Task PruneAsync_InboxRecords_FilesGoneForgottenFilesStillThereKept()
    {
        Directory.CreateDirectory(Path.Combine(Inbox, "wire"));
        await File.WriteAllTextAsync(Path.Combine(Inbox, "wire", "still-here.txt"), "Headline\nBody.");
        await InboxRecordAsync("wire/still-here.txt", Old);
        await InboxRecordAsync("wire/deleted.txt", Old);
        await InboxRecordAsync("wire/deleted-lately.txt", Recent);

        var result = await Retention().PruneAsync(CancellationToken.None);

        var paths = await _connection.QueryAsync<string>("SELECT path FROM inbox_files ORDER BY path;");
        Assert.Equal(["wire/deleted-lately.txt", "wire/still-here.txt"], paths);
        Assert.Equal(1, result.InboxFiles);
    }

    [Fact]
    public async Task PruneAsync_OldFeedItemsSentUpdatesAndIdleRateSlots_Removed()
    {
        var alert = await StoreSeed.DevelopmentAsync(_connection, Recent);
        var sentAlert = await StoreSeed.DeliveryAsync(_connection, alert, Chat, "sent", Old);
        await StoreSeed.DeliveryAsync(_connection, alert, Chat, "sent", Old, kind: "update");
        await _connection.ExecuteAsync("""
            INSERT INTO feed_items (item_key, feed, link, first_seen_utc) VALUES ('f|old', 'f', NULL, @old), ('f|new', 'f', NULL, @recent);
            INSERT INTO rate_slots (scope, next_ms, last_ms, previous_ms) VALUES ('chat:1', @idle, 0, 0), ('chat:2', @busy, 0, 0), ('global', @idle, 0, 0);
            """, new
        {
            old = Iso.Format(Old),
            recent = Iso.Format(Recent),
            idle = Now.AddDays(-2).ToUnixTimeMilliseconds(),
            busy = Now.ToUnixTimeMilliseconds(),
        });

        await Retention().PruneAsync(CancellationToken.None);

        Assert.Equal(["f|new"], await _connection.QueryAsync<string>("SELECT item_key FROM feed_items;"));
        Assert.Equal(["chat:2", "global"], await _connection.QueryAsync<string>("SELECT scope FROM rate_slots ORDER BY scope;"));
        // The alert's own row stays: a later confirmation edits that message.
        Assert.Equal([sentAlert], await IdsAsync("SELECT id FROM deliveries"));
    }

    [Fact]
    public async Task PruneAsync_ManyOldRows_RemovedInShortBatches()
    {
        await using (var transaction = await _connection.BeginTransactionAsync())
        {
            for (var i = 0; i < 120; i++)
            {
                var id = await StoreSeed.DevelopmentAsync(_connection, Old.AddMinutes(-i), alert: false);
                await StoreSeed.DeliveryAsync(_connection, id, Chat, "sent", Old);
                await StoreSeed.ArticleAsync(_connection, Old);
            }

            await transaction.CommitAsync();
        }

        var result = await Retention(batch: 25).PruneAsync(CancellationToken.None);

        Assert.Equal((120, 120, 120), (result.Developments, result.Deliveries, result.Articles));
        // 120 developments in batches of 25, their deliveries and the articles likewise, never all in one.
        Assert.True(result.Batches >= 3 * (120 / 25), $"{result.Batches} batches");
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM developments"));
    }

    [Fact]
    public void Cutoff_RetentionShorterThanTheMergeWindow_KeepsTheWindow()
    {
        var retention = Retention(storage: new StorageOptions { RetentionDays = 1 });

        Assert.Equal(Now.AddHours(-new AlertsOptions().MergeWindowHours), retention.Cutoff(Now));
    }

    private StoreRetention Retention(int batch = 200, StorageOptions? storage = null) =>
        new(_database, Options.Create(storage ?? _store.Options), Options.Create(new AlertsOptions()),
            Options.Create(new InboxOptions { Path = Inbox }), Options.Create(new FeedsOptions()), _clock, NullLogger<StoreRetention>.Instance)
        {
            DevelopmentBatch = batch,
            RowBatch = batch,
            Pause = TimeSpan.Zero,
        };

    private Task InboxRecordAsync(string path, DateTimeOffset processed) =>
        _connection.ExecuteAsync("""
            INSERT INTO inbox_files (path, size, modified_utc, content_hash, outcome, processed_utc)
            VALUES (@path, 10, @at, NULL, 'processed', @at);
            """, new { path, at = Iso.Format(processed) });

    private async Task<List<long>> IdsAsync(string sql) => (await _connection.QueryAsync<long>(sql + " ORDER BY id;")).ToList();

    private Task<long> CountAsync(string sql) => _connection.ExecuteScalarAsync<long>(sql + ";");

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _database.DisposeAsync();
        _store.Dispose();
    }
}
