using System.Text.Json;
using AlertBot.Storage;
using Dapper;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace AlertBot.Telegram.Receiving;

/// <summary>
/// Every update received, by update_id, written before Telegram is told it arrived (the getUpdates offset moves,
/// the webhook answers 200). An update is handled once: a repeat delivery finds its row, and one not yet handled
/// when the worker stopped is handled after the restart.
/// </summary>
public sealed class UpdateInbox(Database database, TimeProvider clock)
{
    /// <summary>Handled updates are kept this long to recognise Telegram's redeliveries, then pruned.</summary>
    public static readonly TimeSpan KeepHandled = TimeSpan.FromDays(2);

    private int _sincePrune;

    /// <returns>True when the update is new; false for one received before.</returns>
    public async Task<bool> AddAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        await using var connection = await database.OpenAsync(cancellationToken);
        var added = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO telegram_updates (update_id, chat_id, body, received_utc) VALUES (@id, @chatId, @body, @now)
            ON CONFLICT (update_id) DO NOTHING;
            """,
            new { id = update.Id, chatId = ChatOf(update), body = JsonSerializer.Serialize(update, JsonBotAPI.Options), now = Iso.Format(clock.GetUtcNow()) },
            cancellationToken: cancellationToken));
        return added == 1;
    }

    /// <summary>Updates received but not yet handled, oldest first.</summary>
    public async Task<IReadOnlyList<Update>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var bodies = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT body FROM telegram_updates WHERE handled_utc IS NULL ORDER BY update_id;", cancellationToken: cancellationToken));
        return bodies.Select(b => JsonSerializer.Deserialize<Update>(b, JsonBotAPI.Options)).OfType<Update>().ToList();
    }

    public async Task MarkHandledAsync(int updateId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE telegram_updates SET handled_utc = @now WHERE update_id = @updateId;",
            new { updateId, now = Iso.Format(now) },
            cancellationToken: cancellationToken));
        if (Interlocked.Increment(ref _sincePrune) % 1000 == 1)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM telegram_updates WHERE handled_utc IS NOT NULL AND handled_utc < @before;",
                new { before = Iso.Format(now - KeepHandled) },
                cancellationToken: cancellationToken));
        }
    }

    /// <summary>The chat an update belongs to: its commands are answered in order, other chats' alongside.</summary>
    public static long? ChatOf(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update.Message?.Chat.Id
            ?? update.ChannelPost?.Chat.Id
            ?? update.EditedMessage?.Chat.Id
            ?? update.MyChatMember?.Chat.Id
            ?? update.CallbackQuery?.Message?.Chat.Id
            ?? update.CallbackQuery?.From.Id;
    }
}
