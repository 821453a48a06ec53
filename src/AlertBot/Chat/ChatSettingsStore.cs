using AlertBot.Storage;
using Dapper;

namespace AlertBot.Chat;

/// <summary>Per-chat settings, kept on the subscriber row (and its keywords beside it): /stop forgets them with the chat.</summary>
public sealed class ChatSettingsStore(Database database)
{
    public const string IncludeKind = "include";
    public const string ExcludeKind = "exclude";

    /// <summary>Null when the chat is not subscribed.</summary>
    public async Task<ChatSettings?> GetAsync(long chatId, CancellationToken cancellationToken)
    {
        var all = await LoadAsync([chatId], cancellationToken);
        return all.GetValueOrDefault(chatId);
    }

    /// <summary>Settings of the given chats that are subscribed, in one read (a delivery round's chats).</summary>
    public async Task<IReadOnlyDictionary<long, ChatSettings>> LoadAsync(IReadOnlyCollection<long> chatIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chatIds);
        if (chatIds.Count == 0)
        {
            return new Dictionary<long, ChatSettings>();
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = chatIds.ToArray();
        var inIds = database.InList("ids");
        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"""
            SELECT chat_id AS ChatId, level AS Level, paused AS Paused, time_zone AS TimeZone,
                   quiet_from AS QuietFrom, quiet_to AS QuietTo, quiet_mode AS QuietMode
            FROM subscribers WHERE chat_id {inIds};
            """, new { ids }, cancellationToken: cancellationToken));
        var keywords = (await connection.QueryAsync<(long ChatId, string Kind, string Keyword)>(new CommandDefinition(
            $"SELECT chat_id, kind, keyword FROM chat_keywords WHERE chat_id {inIds} ORDER BY keyword;",
            new { ids }, cancellationToken: cancellationToken))).ToLookup(k => (k.ChatId, k.Kind), k => k.Keyword);
        return rows.ToDictionary(r => r.ChatId, r => new ChatSettings(
            Enum.TryParse<AlertLevel>(r.Level, ignoreCase: true, out var level) ? level : AlertLevel.Every,
            r.Paused != 0,
            r.TimeZone,
            r.QuietFrom is { } from ? (int)from : null,
            r.QuietTo is { } to ? (int)to : null,
            Enum.TryParse<QuietMode>(r.QuietMode, ignoreCase: true, out var mode) ? mode : QuietMode.Silent,
            keywords[(r.ChatId, IncludeKind)].ToList(),
            keywords[(r.ChatId, ExcludeKind)].ToList()));
    }

    public Task<bool> SetLevelAsync(long chatId, AlertLevel level, CancellationToken cancellationToken) =>
        UpdateAsync(chatId, "UPDATE subscribers SET level = @value WHERE chat_id = @chatId;", level.ToString().ToLowerInvariant(), cancellationToken);

    public Task<bool> SetPausedAsync(long chatId, bool paused, CancellationToken cancellationToken) =>
        UpdateAsync(chatId, "UPDATE subscribers SET paused = @value WHERE chat_id = @chatId;", paused ? 1 : 0, cancellationToken);

    public Task<bool> SetTimeZoneAsync(long chatId, string timeZone, CancellationToken cancellationToken) =>
        UpdateAsync(chatId, "UPDATE subscribers SET time_zone = @value WHERE chat_id = @chatId;", timeZone, cancellationToken);

    public Task<bool> SetQuietModeAsync(long chatId, QuietMode mode, CancellationToken cancellationToken) =>
        UpdateAsync(chatId, "UPDATE subscribers SET quiet_mode = @value WHERE chat_id = @chatId;", mode.ToString().ToLowerInvariant(), cancellationToken);

    /// <summary>Null for both ends turns quiet hours off.</summary>
    public async Task<bool> SetQuietHoursAsync(long chatId, int? from, int? to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE subscribers SET quiet_from = @from, quiet_to = @to WHERE chat_id = @chatId;",
            new { chatId, from, to }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<bool> AddKeywordAsync(long chatId, string kind, string keyword, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A word is either wanted or unwanted: adding it to one list takes it off the other.
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM chat_keywords WHERE chat_id = @chatId AND keyword = @keyword;",
            new { chatId, keyword }, transaction, cancellationToken: cancellationToken));
        var added = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO chat_keywords (chat_id, kind, keyword) VALUES (@chatId, @kind, @keyword);",
            new { chatId, kind, keyword }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return added == 1;
    }

    public async Task<bool> RemoveKeywordAsync(long chatId, string keyword, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM chat_keywords WHERE chat_id = @chatId AND keyword = @keyword;",
            new { chatId, keyword }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task<int> ClearKeywordsAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM chat_keywords WHERE chat_id = @chatId;", new { chatId }, cancellationToken: cancellationToken));
    }

    private async Task<bool> UpdateAsync(long chatId, string sql, object value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { chatId, value }, cancellationToken: cancellationToken)) == 1;
    }

    private sealed record Row(long ChatId, string Level, long Paused, string TimeZone, long? QuietFrom, long? QuietTo, string QuietMode);
}
