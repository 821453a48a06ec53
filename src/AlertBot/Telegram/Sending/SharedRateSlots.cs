using AlertBot.Storage;
using Dapper;
using Microsoft.Extensions.Options;

namespace AlertBot.Telegram.Sending;

/// <summary>
/// Telegram's limits are the bot's, not one process's: every send is booked here, in the store (times in Unix
/// milliseconds), so the limits hold across workers (PostgreSQL) and across a restart (a new process carries on
/// where the last one left off). A send is booked at the moment it goes out, never for later: a booking made for a
/// future slot would fire late whenever its thread stalls and land together with the on-time ones.
/// <para>
/// Telegram counts a message when it arrives, some time between the moment it was let go and the moment Telegram
/// answered it. So each send counts against the global limit from when it is let go until one second after its
/// answer (<c>rate_sends</c>); one whose answer never comes (a killed worker) counts until its request would
/// have timed out. A new send goes only while fewer than the limit count: then no second, however the sends are
/// delayed on their way, can hold more than the limit at Telegram. A chat's next send waits for its last one's
/// answer plus the chat's interval, for the same reason.
/// </para>
/// The global row is held only while one booking is decided, so workers queue for it for a millisecond or two,
/// never for a send. On SQLite the booking transaction takes the file's write lock at its first statement, which
/// does what PostgreSQL's row locks do.
/// </summary>
public sealed class SharedRateSlots(Database database, IOptions<TelegramOptions> options, TimeProvider clock)
{
    /// <summary>How often a booking asks again while the sends that fill the window are all still unanswered.</summary>
    private const long UnansweredPollMs = 10;

    /// <summary>The same for a chat whose last send is unanswered past its interval (a slow answer, or a killed worker's).</summary>
    private const long UnansweredChatPollMs = 100;
    private const long WindowMs = 1000;
    private readonly long _globalIntervalMs = (long)Math.Ceiling(1000 / options.Value.GlobalMessagesPerSecond);
    private readonly int _perWindow = Math.Max(1, (int)Math.Floor(options.Value.GlobalMessagesPerSecond));

    /// <summary>No answer can come after the request's own deadline (TelegramCall); a second more for the clock.</summary>
    private readonly long _flightMs = (options.Value.RequestTimeoutSeconds + 1) * 1000L;

    /// <summary>
    /// Books a send to the chat now, when the chat (its interval after its last answer, a pause after a 429), any
    /// global pause, the global pace and the sends of the last second all allow it; otherwise books nothing and
    /// says how long to wait before asking again.
    /// </summary>
    public async Task<RateBooking> TryBookAsync(long chatId, TimeSpan chatInterval, CancellationToken cancellationToken)
    {
        var chat = Scope(chatId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO rate_slots (scope, next_ms, last_ms, previous_ms, done_ms) VALUES (@chat, 0, 0, 0, 0) ON CONFLICT (scope) DO NOTHING;",
            new { chat }, transaction, cancellationToken: cancellationToken));
        // The chat's row is locked first, so two workers sending to one chat (an alert and a reply) take turns.
        var (chatNext, chatLast, chatDone) = await connection.QuerySingleAsync<(long, long, long)>(new CommandDefinition(
            "SELECT next_ms, last_ms, done_ms FROM rate_slots WHERE scope = @chat" + ForUpdate, new { chat }, transaction, cancellationToken: cancellationToken));
        var pausedUntil = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT next_ms FROM rate_slots WHERE scope = 'pause';", transaction: transaction, cancellationToken: cancellationToken)) ?? 0;
        var nowMs = NowMs();
        if (pausedUntil > nowMs)
        {
            await transaction.CommitAsync(cancellationToken);
            return RateBooking.Refused(pausedUntil - nowMs, forChat: false);
        }

        var chatReady = chatNext;
        if (chatDone < chatLast && chatLast + _flightMs > nowMs)
        {
            chatReady = Math.Max(chatReady, Math.Min(nowMs + UnansweredChatPollMs, chatLast + _flightMs));
        }

        if (chatReady > nowMs)
        {
            await transaction.CommitAsync(cancellationToken);
            return RateBooking.Refused(chatReady - nowMs, forChat: true);
        }

        // The global row is locked before the time is read again: whoever books next sees this booking.
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO rate_slots (scope, next_ms, last_ms, previous_ms, done_ms) VALUES ('global', 0, 0, 0, 0) ON CONFLICT (scope) DO NOTHING;",
            transaction: transaction, cancellationToken: cancellationToken));
        var globalNext = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT next_ms FROM rate_slots WHERE scope = 'global'" + ForUpdate, transaction: transaction, cancellationToken: cancellationToken));
        nowMs = NowMs();
        if (globalNext > nowMs)
        {
            await transaction.CommitAsync(cancellationToken);
            return RateBooking.Refused(globalNext - nowMs, forChat: false);
        }

        // What is left after this delete is exactly what may still share a second with a send let go now.
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM rate_sends WHERE finished_ms < @answered OR (finished_ms IS NULL AND started_ms <= @unanswered);",
            new { answered = nowMs - WindowMs, unanswered = nowMs - _flightMs }, transaction, cancellationToken: cancellationToken));
        var (counted, oldestAnswer) = await connection.QuerySingleAsync<(long, long?)>(new CommandDefinition(
            "SELECT COUNT(*), MIN(finished_ms) FROM rate_sends;", transaction: transaction, cancellationToken: cancellationToken));
        if (counted >= _perWindow)
        {
            await transaction.CommitAsync(cancellationToken);
            return RateBooking.Refused(oldestAnswer is { } oldest ? oldest + WindowMs + 1 - nowMs : UnansweredPollMs, forChat: false);
        }

        var sendId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO rate_sends (started_ms) VALUES (@nowMs) RETURNING id;", new { nowMs }, transaction, cancellationToken: cancellationToken));
        // A send a little late on the pace (a thread woken late) keeps the pace; after a lull it starts afresh.
        var next = nowMs - globalNext <= _globalIntervalMs / 2 ? globalNext + _globalIntervalMs : nowMs + _globalIntervalMs;
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE rate_slots SET next_ms = @next WHERE scope = 'global';", new { next }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE rate_slots SET next_ms = @next, previous_ms = last_ms, last_ms = @nowMs WHERE scope = @chat;",
            new { chat, nowMs, next = nowMs + Milliseconds(chatInterval) }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new RateBooking(true, TimeSpan.Zero, ForChat: false, sendId);
    }

    /// <summary>
    /// Telegram has answered the send (or the call failed): a second from now it stops counting against the global
    /// limit, and the chat's next send waits its interval from now.
    /// </summary>
    public async Task FinishAsync(long sendId, long chatId, TimeSpan chatInterval, CancellationToken cancellationToken)
    {
        // Rounded up: the answer came no earlier than this.
        var doneMs = NowMs() + 1;
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE rate_sends SET finished_ms = @doneMs WHERE id = @sendId;", new { sendId, doneMs }, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition($"""
            UPDATE rate_slots SET done_ms = {Greatest}(done_ms, @doneMs), next_ms = {Greatest}(next_ms, @next) WHERE scope = @chat;
            """,
            new { chat = Scope(chatId), doneMs, next = doneMs + Milliseconds(chatInterval) }, cancellationToken: cancellationToken));
    }

    /// <summary>After a 429: the chat (or, when <paramref name="global"/>, every chat on every worker) waits until then.</summary>
    public async Task PauseAsync(long chatId, bool global, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"""
            INSERT INTO rate_slots (scope, next_ms, last_ms, previous_ms, done_ms) VALUES (@scope, @until, 0, 0, 0)
            ON CONFLICT (scope) DO UPDATE SET next_ms = {Greatest}(rate_slots.next_ms, @until);
            """,
            new { scope = global ? "pause" : Scope(chatId), until = until.ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
    }

    /// <summary>Row locks on PostgreSQL; SQLite's transaction already holds the whole file's write lock.</summary>
    private string ForUpdate => database.Sql(sqlite: ";", postgres: " FOR UPDATE;");

    private string Greatest => database.Sql(sqlite: "MAX", postgres: "GREATEST");

    private long NowMs() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private static string Scope(long chatId) => "chat:" + chatId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static long Milliseconds(TimeSpan interval) => (long)Math.Ceiling(interval.TotalMilliseconds);
}
