using AlertBot.Storage;
using Dapper;

namespace AlertBot.Ingestion.Feeds;

/// <summary>
/// The feed_items table: which items were already handed to the pipeline. Keys are scoped by feed (two feeds
/// may both use guid "1234"), links are global, so the same article syndicated by two feeds is taken once.
/// </summary>
public sealed class FeedItemLedger(Database database)
{
    /// <param name="link">The item's link when it identifies the article; null when it cannot (see the poller).</param>
    public async Task<bool> IsKnownAsync(string feed, FeedItem item, string? link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
            SELECT 1 FROM feed_items WHERE item_key = @key
            UNION ALL
            SELECT 1 FROM feed_items WHERE @link IS NOT NULL AND link = @link
            LIMIT 1;
            """,
            new { key = ScopedKey(feed, item), link },
            cancellationToken: cancellationToken));
        return found is not null;
    }

    public async Task RememberAsync(string feed, FeedItem item, string? link, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO feed_items (item_key, feed, link, first_seen_utc) VALUES (@key, @feed, @link, @now)
            ON CONFLICT (item_key) DO NOTHING;
            """,
            new { key = ScopedKey(feed, item), feed, link, now = Iso.Format(now) },
            cancellationToken: cancellationToken));
    }

    private static string ScopedKey(string feed, FeedItem item) => feed + "|" + item.Key;
}
