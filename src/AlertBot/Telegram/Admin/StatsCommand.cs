using AlertBot.Chat;
using AlertBot.Storage;
using Dapper;

namespace AlertBot.Telegram.Admin;

/// <summary>/stats: subscribers and the delivery queue at a glance, for the bot's administrators.</summary>
public sealed class StatsCommand(Database database, TimeProvider clock) : IAdminCommand
{
    public string Name => "stats";

    public async Task<ChatReply> HandleAsync(ChatRequest request, string argument, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var s = await connection.QuerySingleAsync<StatsRow>(new CommandDefinition("""
            SELECT
                (SELECT COUNT(*) FROM subscribers WHERE active = 1) AS Active,
                (SELECT COUNT(*) FROM subscribers WHERE active = 0) AS Inactive,
                (SELECT COUNT(*) FROM deliveries WHERE status IN ('pending', 'sending')) AS Queued,
                (SELECT COUNT(*) FROM deliveries WHERE status = 'sent') AS Sent,
                (SELECT COUNT(*) FROM deliveries WHERE status = 'sent' AND sent_utc >= @since) AS SentLastDay,
                (SELECT COUNT(*) FROM deliveries WHERE status = 'failed') AS Failed,
                (SELECT COUNT(*) FROM developments WHERE is_alert = 1) AS Alerts;
            """, new { since = Iso.Format(clock.GetUtcNow().AddDays(-1)) }, cancellationToken: cancellationToken));
        return ChatReply.Plain($"""
            Subscribers: {s.Active} active, {s.Inactive} inactive
            Alerts: {s.Alerts}
            Deliveries: {s.Queued} queued, {s.Sent} sent ({s.SentLastDay} in the last 24 h), {s.Failed} failed
            """);
    }

    private sealed record StatsRow(long Active, long Inactive, long Queued, long Sent, long SentLastDay, long Failed, long Alerts);
}
