using AlertBot.Storage;
using System.Data.Common;
using Dapper;

namespace AlertBot.Alerts;

/// <summary>
/// Writes deliveries in the caller's transaction: an alert and its deliveries commit together, so a crash
/// can never leave an alert that nobody will be sent.
/// </summary>
internal static class Outbox
{
    /// <summary>One delivery per active subscriber that follows none of the places, or one of this development's.</summary>
    public static Task<int> EnqueueAlertAsync(DbConnection connection, DbTransaction transaction, long developmentId, DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO deliveries (development_id, chat_id, kind, status, attempts, next_attempt_utc, created_utc)
            SELECT @developmentId, s.chat_id, 'alert', 'pending', 0, @now, @now
            FROM subscribers s
            WHERE s.active = 1
              AND (NOT EXISTS (SELECT 1 FROM follows f WHERE f.chat_id = s.chat_id)
                   OR EXISTS (SELECT 1 FROM follows f
                              JOIN development_places p ON p.geoname_id = f.geoname_id
                              WHERE f.chat_id = s.chat_id AND p.development_id = @developmentId))
            ON CONFLICT DO NOTHING;
            """,
            new { developmentId, now = Iso.Format(now) },
            transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// The alert changed: its version goes up, and chats that already hold it get an update (Telegram edits the
    /// message). A chat whose alert is still queued needs nothing: the alert is rendered from the store when it
    /// is sent, and a send already on its way sees the new version when it is recorded. Deliveries held back
    /// because the alert did not yet meet a chat's settings (confirmed only, keywords) are looked at again.
    /// </summary>
    public static Task<int> EnqueueUpdateAsync(DbConnection connection, DbTransaction transaction, long developmentId, DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            UPDATE developments SET version = version + 1 WHERE id = @developmentId;
            UPDATE deliveries SET status = 'pending', next_attempt_utc = @now
            WHERE development_id = @developmentId AND kind = 'alert' AND status = 'held';
            INSERT INTO deliveries (development_id, chat_id, kind, status, attempts, next_attempt_utc, created_utc)
            SELECT d.development_id, d.chat_id, 'update', 'pending', 0, @now, @now
            FROM deliveries d
            WHERE d.development_id = @developmentId AND d.kind = 'alert' AND d.status = 'sent'
              AND NOT EXISTS (SELECT 1 FROM deliveries u
                              WHERE u.development_id = d.development_id AND u.chat_id = d.chat_id
                                AND u.kind = 'update' AND u.status IN ('pending', 'sending'));
            """,
            new { developmentId, now = Iso.Format(now) },
            transaction, cancellationToken: cancellationToken));
}
