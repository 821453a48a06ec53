using AlertBot.Storage;
using Dapper;
using System.Data.Common;

namespace AlertBot.Tests.Support;

/// <summary>Rows written straight into a migrated store, for tests of queries, indexes and retention.</summary>
public static class StoreSeed
{
    public static async Task<long> DevelopmentAsync(
        DbConnection connection, DateTimeOffset seen, bool alert = true, double significance = 0.7, long[]? places = null, DateTimeOffset? updated = null)
    {
        var id = await connection.ExecuteScalarAsync<long>("""
            INSERT INTO developments (headline, summary, action, actor, certainty, significance, is_alert, match_key, first_seen_utc, updated_utc, confirmations)
            VALUES ('Headline', 'Summary.', 'Attack', NULL, 'Confirmed', @significance, @alert, 'key', @seen, @updated, 1)
            RETURNING id;
            """, new { significance, alert = alert ? 1 : 0, seen = Iso.Format(seen), updated = Iso.Format(updated ?? seen) });
        foreach (var place in places ?? [])
        {
            await connection.ExecuteAsync("""
                INSERT INTO development_places (development_id, geoname_id, name, country, latitude, longitude)
                VALUES (@id, @place, 'Place', 'ZZ', 10.0, 20.0);
                """, new { id, place });
        }

        return id;
    }

    public static Task<long> ArticleAsync(DbConnection connection, DateTimeOffset ingested, long? storyId = null) =>
        connection.ExecuteScalarAsync<long>("""
            INSERT INTO articles (source, outlet, url, content_hash, title, published_utc, ingested_utc, story_id)
            VALUES ('inbox/a.txt', 'inbox', NULL, @hash, 'Title', @at, @at, @storyId)
            RETURNING id;
            """, new { hash = Guid.NewGuid().ToString("N"), at = Iso.Format(ingested), storyId });

    public static Task SourceAsync(DbConnection connection, long developmentId, long articleId, DateTimeOffset seen) =>
        connection.ExecuteAsync("""
            INSERT INTO development_sources (development_id, article_id, source, outlet, url, evidence, seen_utc)
            VALUES (@developmentId, @articleId, 'inbox/a.txt', 'inbox', NULL, 'evidence', @seen);
            """, new { developmentId, articleId, seen = Iso.Format(seen) });

    public static Task SubscriberAsync(DbConnection connection, long chatId, DateTimeOffset now) =>
        connection.ExecuteAsync(
            "INSERT INTO subscribers (chat_id, chat_type, active, subscribed_utc) VALUES (@chatId, 'private', 1, @now);",
            new { chatId, now = Iso.Format(now) });

    public static Task<long> DeliveryAsync(DbConnection connection, long developmentId, long chatId, string status, DateTimeOffset at, string kind = "alert") =>
        connection.ExecuteScalarAsync<long>("""
            INSERT INTO deliveries (development_id, chat_id, kind, status, attempts, next_attempt_utc, created_utc, sent_utc, message_id)
            VALUES (@developmentId, @chatId, @kind, @status, 0, @at, @at, CASE WHEN @status = 'sent' THEN @at END, CASE WHEN @status = 'sent' THEN 1 END)
            RETURNING id;
            """, new { developmentId, chatId, kind, status, at = Iso.Format(at) });
}
