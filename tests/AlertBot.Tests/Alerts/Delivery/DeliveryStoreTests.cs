using AlertBot.Alerts;
using AlertBot.Alerts.Delivery;
using AlertBot.Storage;
using AlertBot.Tests.Support;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Tests.Alerts.Delivery;

/// <summary>
/// The outbox shared by several workers: each "worker" here is a DeliveryStore of its own on one store. Run once
/// per provider (<see cref="DeliveryStoreSqliteTests"/>, <see cref="DeliveryStorePostgresTests"/>).
/// </summary>
public abstract class DeliveryStoreTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private readonly TestStore _store;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 12, 8, 6, 0, 0, TimeSpan.Zero));
    private readonly Database _database;

    protected DeliveryStoreTests(StorageProvider provider)
    {
        _store = new TestStore(provider);
        _database = new Database(Options.Create(_store.Options), _clock, NullLogger<Database>.Instance);
    }

    [Fact]
    public async Task ClaimDueAsync_ThreeWorkersAtOnce_EachRowClaimedByOne()
    {
        await QueueAsync(chats: 120, perChat: 1);
        var workers = Enumerable.Range(0, 3).Select(_ => NewWorker()).ToList();

        var claims = await Task.WhenAll(workers.Select(async w =>
        {
            var mine = new List<long>();
            for (IReadOnlyList<DeliveryRow> batch; (batch = await w.ClaimDueAsync(7, Lease, CancellationToken.None)).Count > 0;)
            {
                mine.AddRange(batch.Select(r => r.Id));
            }

            return mine;
        }));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(120, all.Count);
        Assert.Equal(120, all.Distinct().Count());
    }

    [Fact]
    public async Task ClaimDueAsync_ChatWithSeveralQueued_OneInFlightAcrossWorkers()
    {
        await QueueAsync(chats: 1, perChat: 3);
        var first = NewWorker();
        var second = NewWorker();

        var claimed = Assert.Single(await first.ClaimDueAsync(10, Lease, CancellationToken.None));
        Assert.Empty(await second.ClaimDueAsync(10, Lease, CancellationToken.None));
        Assert.True(await first.MarkSendingAsync(claimed.Id, CancellationToken.None));
        Assert.Empty(await second.ClaimDueAsync(10, Lease, CancellationToken.None));
        await first.MarkSentAsync(claimed, 1, renderedVersion: 1, CancellationToken.None);

        var next = Assert.Single(await second.ClaimDueAsync(10, Lease, CancellationToken.None));
        Assert.True(next.Id > claimed.Id);
    }

    [Fact]
    public async Task ClaimDueAsync_HolderStoppedRenewing_AnotherWorkerTakesItAndTheHolderCannotSend()
    {
        await QueueAsync(chats: 1, perChat: 1);
        var dead = NewWorker();
        var alive = NewWorker();
        var row = Assert.Single(await dead.ClaimDueAsync(10, Lease, CancellationToken.None));

        _clock.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.Empty(await alive.ClaimDueAsync(10, Lease, CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(2));
        var taken = Assert.Single(await alive.ClaimDueAsync(10, Lease, CancellationToken.None));

        Assert.Equal(row.Id, taken.Id);
        Assert.False(await dead.MarkSendingAsync(row.Id, CancellationToken.None));
        Assert.True(await alive.MarkSendingAsync(row.Id, CancellationToken.None));
    }

    [Fact]
    public async Task RequeueExpiredAsync_WorkerKilledMidSend_RowReturnsAndCountsTheAttempt()
    {
        await QueueAsync(chats: 1, perChat: 2);
        var dead = NewWorker();
        var alive = NewWorker();
        var row = Assert.Single(await dead.ClaimDueAsync(10, Lease, CancellationToken.None));
        Assert.True(await dead.MarkSendingAsync(row.Id, CancellationToken.None));

        Assert.Equal(0, await alive.RequeueExpiredAsync(CancellationToken.None));
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await alive.RequeueExpiredAsync(CancellationToken.None));

        var again = Assert.Single(await alive.ClaimDueAsync(10, Lease, CancellationToken.None));
        Assert.Equal(row.Id, again.Id);
        Assert.Equal(1, again.Attempts);
    }

    [Fact]
    public async Task RenewLeasesAsync_LiveWorker_KeepsItsClaimsPastTheFirstLease()
    {
        await QueueAsync(chats: 4, perChat: 1);
        var busy = NewWorker();
        var other = NewWorker();
        Assert.Equal(4, (await busy.ClaimDueAsync(10, Lease, CancellationToken.None)).Count);

        for (var i = 0; i < 6; i++)
        {
            _clock.Advance(Lease / 3);
            Assert.Equal(4, await busy.RenewLeasesAsync(Lease, CancellationToken.None));
            Assert.Equal(0, await other.RequeueExpiredAsync(CancellationToken.None));
            Assert.Empty(await other.ClaimDueAsync(10, Lease, CancellationToken.None));
        }
    }

    [Fact]
    public async Task ReleaseClaimsAsync_CleanStop_OthersClaimAtOnce()
    {
        await QueueAsync(chats: 3, perChat: 1);
        var stopping = NewWorker();
        var other = NewWorker();
        var claimed = await stopping.ClaimDueAsync(10, Lease, CancellationToken.None);
        Assert.True(await stopping.MarkSendingAsync(claimed[0].Id, CancellationToken.None));

        await stopping.ReleaseClaimsAsync(CancellationToken.None);

        // The one it was sending stays its own until the lease runs out: it may have gone out.
        Assert.Equal(claimed.Skip(1).Select(r => r.Id), (await other.ClaimDueAsync(10, Lease, CancellationToken.None)).Select(r => r.Id));
    }

    [Fact]
    public async Task MarkRetryAsync_AfterAFailure_FreesTheRowForAnyWorkerWhenDue()
    {
        await QueueAsync(chats: 1, perChat: 1);
        var first = NewWorker();
        var second = NewWorker();
        var row = Assert.Single(await first.ClaimDueAsync(10, Lease, CancellationToken.None));
        Assert.True(await first.MarkSendingAsync(row.Id, CancellationToken.None));

        await first.MarkRetryAsync(row.Id, TimeSpan.FromSeconds(5), "timeout", countsAsAttempt: true, CancellationToken.None);

        Assert.Empty(await second.ClaimDueAsync(10, Lease, CancellationToken.None));
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(row.Id, Assert.Single(await second.ClaimDueAsync(10, Lease, CancellationToken.None)).Id);
    }

    [Fact]
    public async Task MigrateChatAsync_GroupBecameSupergroup_QueueAndFollowsMove()
    {
        await QueueAsync(chats: 1, perChat: 2);
        var worker = NewWorker();
        await using (var connection = await _database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(new CommandDefinition("INSERT INTO follows (chat_id, geoname_id, name) VALUES (1, 706483, 'Kharkiv');"));
        }

        await worker.MigrateChatAsync(1, -1001, CancellationToken.None);

        await using var db = await _database.OpenAsync(CancellationToken.None);
        Assert.Equal(2, await db.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM deliveries WHERE chat_id = -1001;")));
        Assert.Equal(0, await db.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM deliveries WHERE chat_id = 1;")));
        Assert.Equal("Kharkiv", await db.ExecuteScalarAsync<string>(new CommandDefinition("SELECT name FROM follows WHERE chat_id = -1001;")));
        Assert.Single(await worker.ClaimDueAsync(10, Lease, CancellationToken.None));
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task MarkSentAsync_AlertChangedWhileOnItsWay_QueuesOneUpdateByVersionNotByTime(bool changed, int updates)
    {
        await QueueAsync(chats: 1, perChat: 1);
        var worker = NewWorker();
        var row = Assert.Single(await worker.ClaimDueAsync(10, Lease, CancellationToken.None));
        Assert.True(await worker.MarkSendingAsync(row.Id, CancellationToken.None));
        if (changed)
        {
            // A second outlet merged meanwhile, its report published before the first: updated_utc stays, version moves.
            await using var connection = await _database.OpenAsync(CancellationToken.None);
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE developments SET confirmations = 2, version = version + 1 WHERE id = @id;", new { id = row.DevelopmentId }));
        }

        await worker.MarkSentAsync(row, 77, renderedVersion: 1, CancellationToken.None);

        await using var db = await _database.OpenAsync(CancellationToken.None);
        Assert.Equal(updates, await db.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM deliveries WHERE kind = 'update' AND status = 'pending';")));
    }

    [Fact]
    public async Task MarkHeldAsync_ThenTheAlertChanges_TheDeliveryIsDueAgain()
    {
        await QueueAsync(chats: 1, perChat: 1);
        var worker = NewWorker();
        var row = Assert.Single(await worker.ClaimDueAsync(10, Lease, CancellationToken.None));
        await worker.MarkHeldAsync(row.Id, "waiting for a second outlet", CancellationToken.None);
        Assert.Empty(await NewWorker().ClaimDueAsync(10, Lease, CancellationToken.None));

        await using (var connection = await _database.OpenAsync(CancellationToken.None))
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await Outbox.EnqueueUpdateAsync(connection, transaction, row.DevelopmentId, _clock.GetUtcNow(), CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.Equal(row.Id, Assert.Single(await NewWorker().ClaimDueAsync(10, Lease, CancellationToken.None)).Id);
    }

    private DeliveryStore NewWorker() => new(_database, _clock);

    /// <summary>One alert per queued message of a chat (so each delivery is an "alert" of its own), chats 1..n.</summary>
    private async Task QueueAsync(int chats, int perChat)
    {
        var now = Iso.Format(_clock.GetUtcNow());
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        for (var chat = 1; chat <= chats; chat++)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO subscribers (chat_id, chat_type, active, subscribed_utc) VALUES (@chat, 'private', 1, @now);", new { chat, now }, transaction));
        }

        for (var n = 0; n < perChat; n++)
        {
            var development = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO developments (headline, summary, action, certainty, significance, is_alert, match_key, first_seen_utc, updated_utc)
                VALUES ('Headline', 'Summary', 'Attack', 'Reported', 0.9, 1, '', @now, @now)
                RETURNING id;
                """, new { now }, transaction));
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO deliveries (development_id, chat_id, kind, status, attempts, next_attempt_utc, created_utc)
                SELECT @development, chat_id, 'alert', 'pending', 0, @now, @now FROM subscribers;
                """, new { development, now }, transaction));
        }

        await transaction.CommitAsync();
    }

    public void Dispose()
    {
        _database.Dispose();
        _store.Dispose();
        GC.SuppressFinalize(this);
    }
}
