using AlertBot.Storage;
using Dapper;

namespace AlertBot.Chat;

/// <summary>Chats that receive alerts, and the places they follow.</summary>
public sealed class SubscriberStore(Database database, TimeProvider clock)
{
    /// <summary>Subscribes (or re-activates) a chat; true when it was not active before.</summary>
    public async Task<bool> SubscribeAsync(long chatId, string chatType, string? title, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var wasActive = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT active FROM subscribers WHERE chat_id = @chatId;", new { chatId }, cancellationToken: cancellationToken)) == 1;
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO subscribers (chat_id, chat_type, title, active, subscribed_utc)
            VALUES (@chatId, @chatType, @title, 1, @now)
            ON CONFLICT (chat_id) DO UPDATE SET active = 1, chat_type = excluded.chat_type, title = excluded.title,
                deactivated_utc = NULL, deactivated_reason = NULL,
                subscribed_utc = CASE WHEN subscribers.active = 1 THEN subscribers.subscribed_utc ELSE excluded.subscribed_utc END;
            """, new { chatId, chatType, title, now = Iso.Format(clock.GetUtcNow()) }, cancellationToken: cancellationToken));
        return !wasActive;
    }

    /// <summary>Forgets a chat entirely: subscription, follows and queued deliveries.</summary>
    public async Task<bool> ForgetAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM deliveries WHERE chat_id = @chatId;", new { chatId }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM follows WHERE chat_id = @chatId;", new { chatId }, transaction, cancellationToken: cancellationToken));
        var removed = await connection.ExecuteAsync(new CommandDefinition("DELETE FROM subscribers WHERE chat_id = @chatId;", new { chatId }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return removed > 0;
    }

    public async Task<bool> IsActiveAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT active FROM subscribers WHERE chat_id = @chatId;", new { chatId }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<bool> FollowAsync(long chatId, long geonameId, string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO follows (chat_id, geoname_id, name) VALUES (@chatId, @geonameId, @name)
            ON CONFLICT (chat_id, geoname_id) DO NOTHING;
            """, new { chatId, geonameId, name }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task<bool> UnfollowAsync(long chatId, long geonameId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("DELETE FROM follows WHERE chat_id = @chatId AND geoname_id = @geonameId;", new { chatId, geonameId }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task<IReadOnlyList<(long GeonameId, string Name)>> FollowingAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<(long, string)>(new CommandDefinition("SELECT geoname_id, name FROM follows WHERE chat_id = @chatId ORDER BY name;", new { chatId }, cancellationToken: cancellationToken))).ToList();
    }
}
