using AlertBot.Tests.Fakes;
using AlertBot.Tests.Support;
using Dapper;

namespace AlertBot.Tests.Telegram;

/// <summary>
/// What the end-to-end Telegram tests share: a fake Bot API on 127.0.0.1, a database file of their own, and the
/// barriers they wait on instead of sleeping (the outbox drained, a later command answered).
/// </summary>
public abstract class TelegramHostTests : IAsyncLifetime
{
    protected const string AlertMarker = "🔴";
    private readonly TempDirectory _folder = new();

    protected FakeBotApi Api { get; private set; } = null!;

    protected string DatabasePath => _folder.File("bot.db");

    public async Task InitializeAsync() => Api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        _folder.Dispose();
    }

    protected static IReadOnlyList<(string Text, string Data)> Buttons(FakeBotApiMessage message) =>
        message.ReplyMarkupJson is null
            ? []
            : System.Text.Json.JsonDocument.Parse(message.ReplyMarkupJson).RootElement.GetProperty("inline_keyboard").EnumerateArray()
                .SelectMany(r => r.EnumerateArray())
                .Select(b => (b.GetProperty("text").GetString()!, b.GetProperty("callback_data").GetString()!))
                .ToList();

    /// <summary>Nothing queued or in flight: whatever the outbox will send has reached the fake.</summary>
    protected async Task<bool> OutboxDrainedAsync() =>
        await Scalar<long>("SELECT COUNT(*) FROM deliveries WHERE status IN ('pending', 'sending');") == 0;

    /// <summary>Sends a command and waits for its answer: the barrier that says everything before it was handled.</summary>
    protected async Task<FakeBotApiMessage> CommandAsync(long chatId, string text)
    {
        var before = Api.MessagesTo(chatId).Count;
        Api.UserSends(chatId, text);
        await Eventually.TrueAsync(() => Api.MessagesTo(chatId).Count > before, $"the answer to {text}");
        return Api.MessagesTo(chatId)[before];
    }

    protected IReadOnlyList<FakeBotApiMessage> Alerts(long chatId) =>
        Api.MessagesTo(chatId).Where(m => m.Text.StartsWith(AlertMarker, StringComparison.Ordinal)).ToList();

    protected async Task<T> Scalar<T>(string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }

    protected async Task Execute(string sql, object parameters)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }
}
