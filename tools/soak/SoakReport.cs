using AlertBot.Tests.Fakes;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AlertBot.Soak;

/// <summary>
/// What the store says was owed and what the fake Bot API says arrived. A delivery is sent when the store
/// recorded it sent and the fake holds that very message; a chat's alert messages beyond those are repeats.
/// </summary>
internal sealed class SoakReport(string database, FakeBotApi bot)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    public async Task<long> PendingAsync()
    {
        await using var connection = new SqliteConnection(_connectionString);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM deliveries WHERE status IN ('pending', 'sending');");
    }

    public async Task<SoakFigures> FiguresAsync(int kills)
    {
        await using var connection = new SqliteConnection(_connectionString);
        var articles = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles;");
        var alerts = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM developments WHERE is_alert = 1;");
        var owed = (await connection.QueryAsync<(long ChatId, string Status, long? MessageId)>("""
            SELECT d.chat_id, d.status, d.message_id FROM deliveries d JOIN subscribers s ON s.chat_id = d.chat_id
            WHERE d.kind = 'alert' AND s.active = 1;
            """)).ToList();
        var messages = bot.Messages.Where(m => m.Text.StartsWith("🔴", StringComparison.Ordinal)).ToList();
        var held = messages.Select(m => (m.ChatId, m.MessageId)).ToHashSet();
        var sent = owed.Count(o => o.Status == "sent" && o.MessageId is { } id && held.Contains((o.ChatId, id)));
        var repeats = messages.GroupBy(m => m.ChatId)
            .Select(g => Math.Max(0, g.Count() - owed.Count(o => o.ChatId == g.Key && o.Status == "sent")))
            .ToList();
        return new SoakFigures(articles, alerts, owed.Count, sent, owed.Count - sent, repeats.Sum(), repeats.DefaultIfEmpty(0).Max(), kills);
    }
}
