using System.Globalization;
using System.Text;
using AlertBot.Chat;
using AlertBot.Ingestion.Feeds;
using AlertBot.Storage;
using Dapper;

namespace AlertBot.Telegram.Admin;

/// <summary>/sources: each feed's health, and what the inbox folder has taken in.</summary>
public sealed class SourcesCommand(Database database, FeedHealthStore? feeds = null) : IAdminCommand
{
    public string Name => "sources";

    public async Task<ChatReply> HandleAsync(ChatRequest request, string argument, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        if (feeds is not null)
        {
            var list = await feeds.ListAsync(cancellationToken);
            text.AppendLine(CultureInfo.InvariantCulture, $"Feeds ({list.Count(f => f.Healthy)} of {list.Count} healthy):");
            foreach (var feed in list)
            {
                text.Append(feed.Healthy ? "✅ " : "❌ ").Append(feed.Name)
                    .Append(" - last success ").Append(Ago(feed.LastSuccessUtc));
                if (feed.ConsecutiveFailures > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $", {feed.ConsecutiveFailures} failure(s) in a row: {feed.LastError}");
                }

                text.AppendLine();
            }
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var inbox = (await connection.QueryAsync<(string Outcome, long Files)>(new CommandDefinition(
            "SELECT outcome, COUNT(*) FROM inbox_files GROUP BY outcome ORDER BY COUNT(*) DESC;", cancellationToken: cancellationToken))).ToList();
        var articles = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM articles;", cancellationToken: cancellationToken));
        text.AppendLine(CultureInfo.InvariantCulture, $"Articles stored: {articles}");
        text.Append("Inbox files: ").Append(inbox.Count == 0 ? "none yet" : string.Join(", ", inbox.Select(i => $"{i.Files} {i.Outcome}")));
        return ChatReply.Plain(text.ToString());
    }

    private static string Ago(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never";
}
