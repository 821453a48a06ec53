using AlertBot.Storage;
using Dapper;

namespace AlertBot.Alerts.Delivery;

/// <summary>
/// The outbox's state machine: pending → sending → sent | failed (| pending again for a retry). A row is
/// marked sending before the transport call and sent after, so a crash in between resends at most that one
/// message; the per-chat head-of-line rule keeps one message per chat in flight.
/// </summary>
/// <remarks>
/// Several workers share one outbox (PostgreSQL): a worker claims due rows for a lease (<c>claimed_by</c>,
/// <c>lease_until_utc</c>) and renews it while it works on them. Claims skip rows another worker holds, and a
/// killed worker's rows come back when its lease runs out: the pending ones untouched, the one per chat it was
/// sending at most once more.
/// </remarks>
public sealed class DeliveryStore(Database database, TimeProvider clock)
{
    /// <summary>This process's name on the rows it claims.</summary>
    public string Worker { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// At start: rows a killed process left mid-send go back to the queue (their chats may see that one message
    /// twice), and its claims are released. On SQLite one process owns the file, so every claim is a dead one's;
    /// on PostgreSQL only claims whose lease ran out are (the other workers are alive and sending).
    /// </summary>
    public Task<int> RequeueInterruptedAsync(CancellationToken cancellationToken) =>
        RequeueAsync(expiredOnly: database.Provider == StorageProvider.Postgres, cancellationToken);

    /// <summary>While running: the claims of workers that stopped renewing them (killed, cut off) return to the queue.</summary>
    public Task<int> RequeueExpiredAsync(CancellationToken cancellationToken) => RequeueAsync(expiredOnly: true, cancellationToken);

    /// <summary>On a clean stop: rows this worker claimed but did not start sending are at once free for the others.</summary>
    public async Task ReleaseClaimsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE deliveries SET claimed_by = NULL, lease_until_utc = NULL WHERE claimed_by = @worker AND status = 'pending';",
            new { worker = Worker }, cancellationToken: cancellationToken));
    }

    /// <summary>The head-of-line check reads ix_deliveries_open: a chat's open rows, never its whole history.</summary>
    internal string ClaimDueSql => $"""
        UPDATE deliveries SET claimed_by = @worker, lease_until_utc = @leaseUntil
        WHERE id IN (
            SELECT d.id FROM deliveries d
            WHERE d.status = 'pending' AND d.next_attempt_utc <= @now
              AND (d.claimed_by IS NULL OR d.lease_until_utc < @now)
              AND NOT EXISTS (SELECT 1 FROM deliveries e
                              WHERE e.chat_id = d.chat_id AND e.id < d.id AND e.status IN ('pending', 'sending'))
            ORDER BY d.id
            LIMIT @limit
            {database.Sql(sqlite: "", postgres: "FOR UPDATE SKIP LOCKED")})
        RETURNING id AS Id, development_id AS DevelopmentId, chat_id AS ChatId, kind AS Kind, attempts AS Attempts;
        """;

    /// <summary>
    /// Claims due rows for this worker, oldest first, at most one per chat: a chat's next message waits for the
    /// one before it, whichever worker holds that one. Rows another worker holds are skipped, not waited for.
    /// </summary>
    public async Task<IReadOnlyList<DeliveryRow>> ClaimDueAsync(int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(
            ClaimDueSql,
            new { worker = Worker, leaseUntil = Iso.Format(now + lease), now = Iso.Format(now), limit },
            cancellationToken: cancellationToken));
        return rows.OrderBy(r => r.Id).ToList();
    }

    private async Task<int> RequeueAsync(bool expiredOnly, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var expired = expiredOnly ? "AND (lease_until_utc IS NULL OR lease_until_utc < @now)" : "";
        var now = new { now = Iso.Format(clock.GetUtcNow()) };
        await connection.ExecuteAsync(new CommandDefinition($"""
            UPDATE deliveries SET claimed_by = NULL, lease_until_utc = NULL
            WHERE status = 'pending' AND claimed_by IS NOT NULL {expired};
            """, now, cancellationToken: cancellationToken));
        return await connection.ExecuteAsync(new CommandDefinition($"""
            UPDATE deliveries SET status = 'pending', claimed_by = NULL, lease_until_utc = NULL
            WHERE status = 'sending' {expired};
            """, now, cancellationToken: cancellationToken));
    }

    /// <summary>Keeps this worker's claims while it is alive and working on them.</summary>
    public async Task<int> RenewLeasesAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE deliveries SET lease_until_utc = @leaseUntil
            WHERE claimed_by = @worker AND status IN ('pending', 'sending');
            """, new { worker = Worker, leaseUntil = Iso.Format(clock.GetUtcNow() + lease) }, cancellationToken: cancellationToken));
    }

    /// <returns>False when the row is gone, was changed meanwhile (e.g. the chat sent /stop) or another worker holds it.</returns>
    public async Task<bool> MarkSendingAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE deliveries SET status = 'sending', attempts = attempts + 1
            WHERE id = @id AND status = 'pending' AND (claimed_by IS NULL OR claimed_by = @worker);
            """,
            new { id, worker = Worker }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>
    /// Records a delivered message. When the alert changed after it was rendered (a source merged in while
    /// it was on its way: its version moved on), an update is queued in the same transaction so the chat ends
    /// with the latest text.
    /// </summary>
    /// <param name="renderedVersion">The <see cref="AlertView.Version"/> the message was rendered from.</param>
    public async Task MarkSentAsync(DeliveryRow row, long? messageId, long renderedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var now = Iso.Format(clock.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE deliveries SET status = 'sent', message_id = COALESCE(@messageId, message_id), sent_utc = @now, last_error = NULL
            WHERE id = @id;
            """, new { id = row.Id, messageId, now }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO deliveries (development_id, chat_id, kind, status, attempts, next_attempt_utc, created_utc)
            SELECT @DevelopmentId, @ChatId, 'update', 'pending', 0, @now, @now
            WHERE EXISTS (SELECT 1 FROM developments WHERE id = @DevelopmentId AND version > @renderedVersion)
              AND EXISTS (SELECT 1 FROM subscribers WHERE chat_id = @ChatId AND active = 1)
              AND NOT EXISTS (SELECT 1 FROM deliveries u
                              WHERE u.development_id = @DevelopmentId AND u.chat_id = @ChatId
                                AND u.kind = 'update' AND u.status IN ('pending', 'sending'));
            """, new { row.DevelopmentId, row.ChatId, now, renderedVersion }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The chat's settings say not yet (confirmed only, major only, keywords): kept, and looked at again when the alert changes.</summary>
    public Task MarkHeldAsync(long id, string reason, CancellationToken cancellationToken) =>
        SetStatusAsync(id, "held", reason, cancellationToken);

    /// <summary>The chat's settings say never (paused): recorded, not sent.</summary>
    public Task MarkSkippedAsync(long id, string reason, CancellationToken cancellationToken) =>
        SetStatusAsync(id, "skipped", reason, cancellationToken);

    /// <summary>Due again later without counting as an attempt (quiet hours); the chat's later alerts wait behind it, in order.</summary>
    public async Task DeferAsync(long id, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE deliveries SET next_attempt_utc = @until, last_error = 'quiet hours', claimed_by = NULL, lease_until_utc = NULL
            WHERE id = @id AND status = 'pending' AND (claimed_by IS NULL OR claimed_by = @worker);
            """,
            new { id, until = Iso.Format(until), worker = Worker }, cancellationToken: cancellationToken));
    }

    /// <param name="countsAsAttempt">False for rate limits: waiting is not the message's failure.</param>
    public async Task MarkRetryAsync(long id, TimeSpan after, string error, bool countsAsAttempt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"""
            UPDATE deliveries
            SET status = 'pending', next_attempt_utc = @next, last_error = @error, claimed_by = NULL, lease_until_utc = NULL,
                attempts = CASE WHEN @countsAsAttempt THEN attempts ELSE {database.Sql(sqlite: "MAX", postgres: "GREATEST")}(attempts - 1, 0) END
            WHERE id = @id;
            """, new { id, next = Iso.Format(clock.GetUtcNow() + after), error = Trim(error), countsAsAttempt }, cancellationToken: cancellationToken));
    }

    public async Task MarkFailedAsync(long id, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE deliveries SET status = 'failed', last_error = @error WHERE id = @id;",
            new { id, error = Trim(error) }, cancellationToken: cancellationToken));
    }

    /// <summary>The chat blocked or removed the bot: deactivate it and drop what was queued for it.</summary>
    public async Task DeactivateChatAsync(long chatId, string reason, CancellationToken cancellationToken)
    {
        var now = Iso.Format(clock.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE subscribers SET active = 0, deactivated_utc = @now, deactivated_reason = @reason
            WHERE chat_id = @chatId AND active = 1;
            """, new { chatId, now, reason = Trim(reason) }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE deliveries SET status = 'failed', last_error = @error
            WHERE chat_id = @chatId AND status IN ('pending', 'sending');
            """, new { chatId, error = Trim("chat gone: " + reason) }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// A group became a supergroup: the subscriber, its follows and its queue move to the new id. The old
    /// messages stay in the old chat, so later edits of them fail and are recorded rather than resent.
    /// </summary>
    public async Task MigrateChatAsync(long oldChatId, long newChatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ids = new { oldChatId, newChatId };
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO subscribers (chat_id, chat_type, title, active, subscribed_utc, deactivated_utc, deactivated_reason,
                                     level, paused, time_zone, quiet_from, quiet_to, quiet_mode)
            SELECT @newChatId, 'supergroup', title, active, subscribed_utc, deactivated_utc, deactivated_reason,
                   level, paused, time_zone, quiet_from, quiet_to, quiet_mode
            FROM subscribers WHERE chat_id = @oldChatId
            ON CONFLICT DO NOTHING;
            INSERT INTO follows (chat_id, geoname_id, name)
            SELECT @newChatId, geoname_id, name FROM follows WHERE chat_id = @oldChatId
            ON CONFLICT DO NOTHING;
            INSERT INTO chat_keywords (chat_id, kind, keyword)
            SELECT @newChatId, kind, keyword FROM chat_keywords WHERE chat_id = @oldChatId
            ON CONFLICT DO NOTHING;
            UPDATE deliveries SET chat_id = @newChatId
            WHERE chat_id = @oldChatId
              AND NOT (kind = 'alert' AND EXISTS (SELECT 1 FROM deliveries n
                                                  WHERE n.chat_id = @newChatId AND n.kind = 'alert'
                                                    AND n.development_id = deliveries.development_id));
            DELETE FROM deliveries WHERE chat_id = @oldChatId;
            DELETE FROM follows WHERE chat_id = @oldChatId;
            DELETE FROM chat_keywords WHERE chat_id = @oldChatId;
            DELETE FROM subscribers WHERE chat_id = @oldChatId;
            """, ids, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The message that carries this alert in this chat, to be edited.</summary>
    public async Task<long?> MessageIdAsync(long developmentId, long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
            SELECT message_id FROM deliveries
            WHERE development_id = @developmentId AND chat_id = @chatId AND status = 'sent' AND message_id IS NOT NULL
            ORDER BY CASE kind WHEN 'alert' THEN 0 ELSE 1 END, id
            LIMIT 1;
            """, new { developmentId, chatId }, cancellationToken: cancellationToken));
    }

    private async Task SetStatusAsync(long id, string status, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE deliveries SET status = @status, last_error = @reason, claimed_by = NULL, lease_until_utc = NULL
            WHERE id = @id AND status = 'pending' AND (claimed_by IS NULL OR claimed_by = @worker);
            """,
            new { id, status, reason = Trim(reason), worker = Worker }, cancellationToken: cancellationToken));
    }

    private static string Trim(string text) => text.Length <= 500 ? text : text[..500];
}
