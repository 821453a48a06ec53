using System.Globalization;
using AlertBot.Storage;
using Dapper;

namespace AlertBot.Telegram.Receiving;

/// <summary>
/// The next update id to ask for, in bot_state. Written after each update is handled, so a restart neither
/// replays handled commands nor skips unhandled ones.
/// </summary>
public sealed class TelegramOffsetStore(Database database)
{
    public const string Key = "telegram.update_offset";

    public async Task<long?> GetAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var value = await connection.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT value FROM bot_state WHERE key = @Key;", new { Key }, cancellationToken: cancellationToken));
        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset) ? offset : null;
    }

    /// <summary>Only moves forward, so a late or repeated webhook delivery cannot rewind it.</summary>
    public async Task SetAsync(long offset, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO bot_state (key, value) VALUES (@Key, @value)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            WHERE CAST(bot_state.value AS BIGINT) < CAST(excluded.value AS BIGINT);
            """, new { Key, value = offset.ToString(CultureInfo.InvariantCulture) }, cancellationToken: cancellationToken));
    }
}
