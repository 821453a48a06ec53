using AlertBot.Storage;
using Dapper;

namespace AlertBot.Telegram.Sending;

/// <summary>
/// Telegram's limits are the bot's, not one process's: every send books its slot here, in the <c>rate_slots</c>
/// table (times in Unix milliseconds), so the limits hold across workers (PostgreSQL) and across a restart (a new
/// process carries on the pace the last one kept, instead of starting afresh). The global row is held only for the
/// one statement that books the next slot, so workers queue for it for a millisecond or two, never for a send.
/// On SQLite the booking transaction takes the file's write lock at its first statement (BEGIN IMMEDIATE), which
/// does what PostgreSQL's row locks do.
/// </summary>
public sealed class SharedRateSlots(Database database, TimeProvider clock)
{
    /// <summary>
    /// Books the chat's next send when the chat (its own interval, or a pause after a 429) and any global pause
    /// allow it now; otherwise books nothing and says how long to wait before asking again.
    /// </summary>
    public async Task<RateBooking> TryBookAsync(long chatId, TimeSpan chatInterval, TimeSpan globalInterval, CancellationToken cancellationToken)
    {
        var chat = Scope(chatId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO rate_slots (scope, next_ms, last_ms, previous_ms) VALUES (@chat, 0, 0, 0) ON CONFLICT (scope) DO NOTHING;",
            new { chat }, transaction, cancellationToken: cancellationToken));
        // The chat's row is locked first, so two workers sending to one chat (an alert and a reply) take turns.
        var chatNext = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT next_ms FROM rate_slots WHERE scope = @chat" + ForUpdate, new { chat }, transaction, cancellationToken: cancellationToken));
        var pausedUntil = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT next_ms FROM rate_slots WHERE scope = 'pause';", transaction: transaction, cancellationToken: cancellationToken)) ?? 0;
        // The global row is locked before the time is read: a booking that waited its turn must not book a slot
        // in the past (several of those would go out at once).
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO rate_slots (scope, next_ms, last_ms, previous_ms) VALUES ('global', 0, 0, 0) ON CONFLICT (scope) DO NOTHING;",
            transaction: transaction, cancellationToken: cancellationToken));
        var globalNext = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT next_ms FROM rate_slots WHERE scope = 'global'" + ForUpdate, transaction: transaction, cancellationToken: cancellationToken));
        var nowMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var ready = Math.Max(chatNext, pausedUntil);
        if (ready > nowMs)
        {
            await transaction.CommitAsync(cancellationToken);
            return new RateBooking(false, TimeSpan.FromMilliseconds(ready - nowMs), null);
        }

        var slot = Math.Max(globalNext, nowMs);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE rate_slots SET next_ms = @next WHERE scope = 'global';",
            new { next = slot + Milliseconds(globalInterval) }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE rate_slots SET next_ms = @next, previous_ms = last_ms, last_ms = @slot WHERE scope = @chat;",
            new { chat, slot, next = slot + Milliseconds(chatInterval) }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new RateBooking(true, TimeSpan.FromMilliseconds(slot - nowMs), DateTimeOffset.FromUnixTimeMilliseconds(slot));
    }

    /// <summary>After a 429: the chat (or, when <paramref name="global"/>, every chat on every worker) waits until then.</summary>
    public async Task PauseAsync(long chatId, bool global, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"""
            INSERT INTO rate_slots (scope, next_ms, last_ms, previous_ms) VALUES (@scope, @until, 0, 0)
            ON CONFLICT (scope) DO UPDATE SET next_ms = {database.Sql(sqlite: "MAX", postgres: "GREATEST")}(rate_slots.next_ms, @until);
            """,
            new { scope = global ? "pause" : Scope(chatId), until = until.ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
    }

    /// <summary>Row locks on PostgreSQL; SQLite's transaction already holds the whole file's write lock.</summary>
    private string ForUpdate => database.Sql(sqlite: ";", postgres: " FOR UPDATE;");

    private static string Scope(long chatId) => "chat:" + chatId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static long Milliseconds(TimeSpan interval) => (long)Math.Ceiling(interval.TotalMilliseconds);
}
