using System.Data.Common;
using AlertBot.Alerts;
using AlertBot.Ingestion;
using AlertBot.Ingestion.Feeds;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Storage;

/// <summary>
/// Keeps the store from growing without bound: what is older than <see cref="StorageOptions.RetentionDays"/> (and
/// older than every window the pipeline looks back over) goes, in small batches, each its own short transaction,
/// so ingestion and delivery never wait long for the write lock. What stays: the newest alerts /latest can list,
/// developments with deliveries still queued or that recent articles belong to (their story), articles that a
/// kept development names as a source, the record of inbox files still in the inbox (or they would be read again),
/// and every sent alert's delivery row of a kept development (an update edits that message).
/// </summary>
public sealed class StoreRetention(
    Database database,
    IOptions<StorageOptions> storage,
    IOptions<AlertsOptions> alerts,
    IOptions<InboxOptions> inbox,
    IOptions<FeedsOptions> feeds,
    TimeProvider clock,
    ILogger<StoreRetention> logger)
{
    /// <summary>A chat's rate-limit row is only needed while its next slot may still be ahead.</summary>
    private static readonly TimeSpan RateSlotAge = TimeSpan.FromDays(1);

    private readonly object _stateGate = new();
    private string? _failing;

    /// <summary>Developments per delete; their places and sources go with them.</summary>
    internal int DevelopmentBatch { get; init; } = 200;

    /// <summary>Delivery rows per delete: an alert to many chats has many.</summary>
    internal int RowBatch { get; init; } = 2_000;

    /// <summary>Rest between batches, for the other writers.</summary>
    internal TimeSpan Pause { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// The oldest time kept: the retention period, but never less than the windows merging, stories and feed item
    /// ages look back over (pruning those would let an old story's report start a new alert).
    /// </summary>
    public DateTimeOffset Cutoff(DateTimeOffset now)
    {
        var keep = new[]
        {
            TimeSpan.FromDays(storage.Value.RetentionDays),
            TimeSpan.FromHours(alerts.Value.MergeWindowHours),
            feeds.Value.MaxItemAge * 2,
        }.Max();
        return now - keep;
    }

    /// <summary>One pass; never throws but for cancellation. A failure is logged once per change of state.</summary>
    public async Task<RetentionResult?> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await PruneAsync(cancellationToken);
            Recovered();
            if (result.Total > 0)
            {
                logger.LogInformation(
                    "Retention: removed {Developments} developments, {Deliveries} deliveries, {Articles} articles, {FeedItems} feed items, {InboxFiles} inbox records, {RateSlots} rate-limit rows ({Batches} batches)",
                    result.Developments, result.Deliveries, result.Articles, result.FeedItems, result.InboxFiles, result.RateSlots, result.Batches);
            }

            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Failed(ex);
            return null;
        }
    }

    public async Task<RetentionResult> PruneAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoff = Iso.Format(Cutoff(now));
        var batches = 0;
        var developments = 0;
        var deliveries = 0;
        var keep = await LatestAlertsAsync(cancellationToken);
        while (true)
        {
            var ids = await OldDevelopmentsAsync(cutoff, keep, cancellationToken);
            if (ids.Length == 0)
            {
                break;
            }

            // Their deliveries first, a bounded number at a time: an alert sent to thousands of chats would otherwise
            // make one long cascade.
            var removed = await RepeatAsync($"""
                DELETE FROM deliveries WHERE id IN (
                    SELECT id FROM deliveries WHERE development_id {database.InList("ids")} LIMIT @limit);
                """, new { ids, limit = RowBatch }, RowBatch, cancellationToken);
            deliveries += removed.Rows;
            batches += removed.Batches;

            developments += await InTransactionAsync(async (connection, transaction) =>
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    $"UPDATE articles SET story_id = NULL WHERE story_id {database.InList("ids")};",
                    new { ids }, transaction, cancellationToken: cancellationToken));
                // Checked again here: a report may have merged into one of them since it was picked.
                return await connection.ExecuteAsync(new CommandDefinition($"""
                    DELETE FROM developments
                    WHERE id {database.InList("ids")} AND updated_utc < @cutoff
                      AND NOT EXISTS (SELECT 1 FROM deliveries q WHERE q.development_id = developments.id);
                    """, new { ids, cutoff }, transaction, cancellationToken: cancellationToken));
            }, cancellationToken);
            batches++;
            await RestAsync(cancellationToken);
            if (ids.Length < DevelopmentBatch)
            {
                break;
            }
        }

        // Update rows of kept developments that went out long ago; the sent alert rows stay (message ids to edit).
        var updates = await RepeatAsync("""
            DELETE FROM deliveries WHERE id IN (
                SELECT id FROM deliveries
                WHERE kind = 'update' AND status NOT IN ('pending', 'sending') AND created_utc < @cutoff
                LIMIT @limit);
            """, new { cutoff, limit = RowBatch }, RowBatch, cancellationToken);
        var articles = await RepeatAsync("""
            DELETE FROM articles WHERE id IN (
                SELECT a.id FROM articles a
                WHERE a.ingested_utc < @cutoff
                  AND NOT EXISTS (SELECT 1 FROM development_sources s WHERE s.article_id = a.id)
                LIMIT @limit);
            """, new { cutoff, limit = RowBatch }, RowBatch, cancellationToken);
        var feedItems = await RepeatAsync("""
            DELETE FROM feed_items WHERE item_key IN (
                SELECT item_key FROM feed_items WHERE first_seen_utc < @cutoff LIMIT @limit);
            """, new { cutoff, limit = RowBatch }, RowBatch, cancellationToken);
        var rateSlots = await RepeatAsync("""
            DELETE FROM rate_slots WHERE scope IN (
                SELECT scope FROM rate_slots WHERE scope LIKE 'chat:%' AND next_ms < @before LIMIT @limit);
            """, new { before = (now - RateSlotAge).ToUnixTimeMilliseconds(), limit = RowBatch }, RowBatch, cancellationToken);
        var inboxFiles = await PruneInboxAsync(cutoff, cancellationToken);
        batches += updates.Batches + articles.Batches + feedItems.Batches + rateSlots.Batches + inboxFiles.Batches;

        if (database.Provider == StorageProvider.Sqlite)
        {
            // Refreshes the planner's statistics where they drifted (cheap when nothing did).
            await ExecuteAsync("PRAGMA optimize;", null, cancellationToken);
        }

        return new RetentionResult(developments, deliveries + updates.Rows, articles.Rows, feedItems.Rows, inboxFiles.Rows, rateSlots.Rows, batches);
    }

    /// <summary>The alerts /latest can list at most: kept however old, so a quiet bot still answers.</summary>
    private async Task<long[]> LatestAlertsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<long>(new CommandDefinition(
            AlertQueries.LatestSql, new { count = Math.Max(1, alerts.Value.MaxListed) }, cancellationToken: cancellationToken));
        return [.. ids, -1];
    }

    private async Task<long[]> OldDevelopmentsAsync(string cutoff, long[] keep, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<long>(new CommandDefinition($"""
            SELECT d.id FROM developments d
            WHERE d.updated_utc < @cutoff
              AND NOT d.id {database.InList("keep")}
              AND NOT EXISTS (SELECT 1 FROM deliveries q WHERE q.development_id = d.id AND q.status IN ('pending', 'sending'))
              AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = d.id AND a.ingested_utc >= @cutoff)
            ORDER BY d.updated_utc
            LIMIT @limit;
            """, new { cutoff, keep, limit = DevelopmentBatch }, cancellationToken: cancellationToken));
        return [.. ids];
    }

    /// <summary>
    /// Inbox records of files no longer in the inbox. A file still there keeps its record however old: without it
    /// the next scan would read the file again as new.
    /// </summary>
    private async Task<(int Rows, int Batches)> PruneInboxAsync(string cutoff, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(inbox.Value.Path);
        var after = (Processed: "", Path: "");
        int rows = 0, batches = 0;
        while (true)
        {
            List<(string Path, string Processed)> page;
            await using (var connection = await database.OpenAsync(cancellationToken))
            {
                page = (await connection.QueryAsync<(string Path, string Processed)>(new CommandDefinition("""
                    SELECT path, processed_utc FROM inbox_files
                    WHERE processed_utc < @cutoff AND (processed_utc > @processed OR (processed_utc = @processed AND path > @path))
                    ORDER BY processed_utc, path
                    LIMIT @limit;
                    """, new { cutoff, processed = after.Processed, path = after.Path, limit = RowBatch }, cancellationToken: cancellationToken))).ToList();
            }

            if (page.Count == 0)
            {
                break;
            }

            after = (page[^1].Processed, page[^1].Path);
            var gone = page.Where(r => !File.Exists(Path.Combine(root, r.Path))).Select(r => r.Path).ToArray();
            if (gone.Length > 0)
            {
                rows += await ExecuteAsync(
                    $"DELETE FROM inbox_files WHERE path {database.InList("gone")} AND processed_utc < @cutoff;", new { gone, cutoff }, cancellationToken);
                batches++;
                await RestAsync(cancellationToken);
            }

            if (page.Count < RowBatch)
            {
                break;
            }
        }

        return (rows, batches);
    }

    private async Task<(int Rows, int Batches)> RepeatAsync(string sql, object parameters, int limit, CancellationToken cancellationToken)
    {
        int rows = 0, batches = 0, removed;
        do
        {
            removed = await ExecuteAsync(sql, parameters, cancellationToken);
            rows += removed;
            batches++;
            if (removed == limit)
            {
                await RestAsync(cancellationToken);
            }
        }
        while (removed == limit);
        return (rows, batches);
    }

    private async Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private async Task<int> InTransactionAsync(Func<DbConnection, DbTransaction, Task<int>> work, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // SQLite: BEGIN IMMEDIATE, so the batch waits for the write lock up front instead of failing half-way.
        await using var transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: false)
            : await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Real time whatever the clock: this is room for other writers, not a time the bot keeps.</summary>
    private Task RestAsync(CancellationToken cancellationToken) =>
        Pause > TimeSpan.Zero ? Task.Delay(Pause, cancellationToken) : Task.CompletedTask;

    private void Failed(Exception ex)
    {
        var error = ex.GetType().Name + ": " + ex.Message;
        lock (_stateGate)
        {
            if (_failing == error)
            {
                logger.LogDebug("Retention still failing: {Error}", error);
                return;
            }

            _failing = error;
        }

        logger.LogError(ex, "Retention failed; the next run tries again");
    }

    private void Recovered()
    {
        lock (_stateGate)
        {
            if (_failing is null)
            {
                return;
            }

            _failing = null;
        }

        logger.LogInformation("Retention works again");
    }
}
