using AlertBot.Storage;
using Dapper;
using Microsoft.Extensions.Options;

namespace AlertBot.Ingestion.Feeds;

/// <summary>The feed_state table: conditional-GET validators, failure count, backoff and health per feed.</summary>
public sealed class FeedHealthStore(Database database, IOptions<FeedsOptions> options)
{
    private const string SelectColumns = """
        SELECT feed AS Feed, etag AS ETag, last_modified AS LastModified, last_polled_utc AS LastPolledUtc,
               last_success_utc AS LastSuccessUtc, consecutive_failures AS ConsecutiveFailures, healthy AS Healthy,
               next_poll_utc AS NextPollUtc, last_error AS LastError
        FROM feed_state
        """;

    public async Task<FeedHealth> GetAsync(string feed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FeedStateRow>(
            new CommandDefinition(SelectColumns + " WHERE feed = @feed;", new { feed }, cancellationToken: cancellationToken));
        return row?.ToHealth() ?? FeedHealth.NeverPolled(feed);
    }

    /// <summary>Every configured feed, in configuration order; feeds never polled yet count as healthy.</summary>
    public async Task<IReadOnlyList<FeedHealth>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<FeedStateRow>(new CommandDefinition(SelectColumns + ";", cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Feed, StringComparer.Ordinal);
        return options.Value.Sources
            .Select(s => rows.TryGetValue(s.Name, out var row) ? row.ToHealth() : FeedHealth.NeverPolled(s.Name))
            .ToList();
    }

    public async Task RecordSuccessAsync(string feed, string? etag, string? lastModified, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO feed_state (feed, etag, last_modified, last_polled_utc, last_success_utc, consecutive_failures, healthy, next_poll_utc, last_error)
            VALUES (@feed, @etag, @lastModified, @now, @now, 0, 1, NULL, NULL)
            ON CONFLICT (feed) DO UPDATE SET
                etag = excluded.etag, last_modified = excluded.last_modified, last_polled_utc = excluded.last_polled_utc,
                last_success_utc = excluded.last_success_utc, consecutive_failures = 0, healthy = 1,
                next_poll_utc = NULL, last_error = NULL;
            """,
            new { feed, etag, lastModified, now = Iso.Format(now) },
            cancellationToken: cancellationToken));
    }

    /// <summary>Keeps the validators: the next successful response replaces them anyway.</summary>
    public async Task RecordFailureAsync(string feed, int consecutiveFailures, bool healthy, DateTimeOffset now, DateTimeOffset nextPoll, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO feed_state (feed, last_polled_utc, consecutive_failures, healthy, next_poll_utc, last_error)
            VALUES (@feed, @now, @consecutiveFailures, @healthy, @nextPoll, @error)
            ON CONFLICT (feed) DO UPDATE SET
                last_polled_utc = excluded.last_polled_utc, consecutive_failures = excluded.consecutive_failures,
                healthy = excluded.healthy, next_poll_utc = excluded.next_poll_utc, last_error = excluded.last_error;
            """,
            new { feed, consecutiveFailures, healthy = healthy ? 1 : 0, now = Iso.Format(now), nextPoll = Iso.Format(nextPoll), error },
            cancellationToken: cancellationToken));
    }
}
