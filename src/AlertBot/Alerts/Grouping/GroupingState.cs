using System.Data.Common;
using AlertBot.Detection;
using AlertBot.Detection.Grouping;
using AlertBot.Detection.Places;
using AlertBot.Storage;
using Dapper;
using Microsoft.Extensions.Options;

namespace AlertBot.Alerts.Grouping;

/// <summary>
/// The grouper's memory (word statistics and the recent reports' index), read from the store on first use and again
/// whenever it may have fallen behind it: after a failed transaction, or when another worker merged since this one did.
/// Always read back exactly as the running worker built it, so a restart groups the next article the same way. The
/// developments merged into lately (<see cref="Developments"/>) are remembered, and forgotten, with it.
/// </summary>
internal sealed class GroupingState(IOptions<AlertsOptions> options, Gazetteer gazetteer)
{
    /// <summary>Sources remembered across developments: a few megabytes, far more than a merge window's busy developments hold.</summary>
    private const int RememberedSources = 20_000;

    private Grouper? _grouper;
    private long _generation = -1;

    /// <summary>Current with the store whenever <see cref="GetAsync"/> has returned, like the grouper.</summary>
    public DevelopmentCache Developments { get; } = new(RememberedSources);

    /// <summary>The grouper, current with the store; call under the merge transaction.</summary>
    public async Task<Grouper> GetAsync(MergeConnection merge, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // Every merge counts itself in the store under the merge lock: a count that skipped one since this process's last
        // merge means another worker merged in between, and what is cached here misses its reports.
        var generation = await merge.ScalarAsync("""
            INSERT INTO bot_state (key, value) VALUES ('merge.generation', '1')
            ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(bot_state.value AS BIGINT) + 1 AS TEXT)
            RETURNING CAST(value AS BIGINT);
            """, transaction, cancellationToken) ?? throw new InvalidOperationException("bot_state returned no merge generation");
        if (_grouper is null || generation != _generation + 1)
        {
            Developments.Clear();
            _grouper = await LoadAsync(merge.Connection, transaction, cancellationToken);
        }

        _generation = generation;
        return _grouper;
    }

    /// <summary>Forget what is cached: the next merge reads it back from the store.</summary>
    public void Reset()
    {
        _grouper = null;
        _generation = -1;
        Developments.Clear();
    }

    private async Task<Grouper> LoadAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var statistics = new TermStatistics();
        // term_stats, plus the merges' counts not yet added to it (DevelopmentStore.ObserveTermsAsync).
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (term, documents) in await connection.QueryAsync<(string Term, long Documents)>(new CommandDefinition(
            "SELECT term, documents FROM term_stats;", transaction: transaction, cancellationToken: cancellationToken)))
        {
            totals[term] = documents;
        }

        foreach (var terms in await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT terms FROM term_observations;", transaction: transaction, cancellationToken: cancellationToken)))
        {
            SignalCodec.AddCounts(terms, totals);
        }

        var total = totals.Remove("", out var documentCount) ? documentCount : 0;
        var frequencies = totals.Select(t => new KeyValuePair<string, int>(t.Key, (int)t.Value)).ToList();
        statistics.Restore(total, frequencies);
        var weights = GroupingWeights.WithEmbeddings with { WindowHours = options.Value.MergeWindowHours };
        var lexical = GroupingWeights.Lexical with { WindowHours = options.Value.MergeWindowHours };
        var index = new DevelopmentIndex(weights, lexical);
        var newest = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT MAX(seen_utc) FROM development_sources WHERE terms IS NOT NULL;", transaction: transaction, cancellationToken: cancellationToken));
        if (newest is not null)
        {
            // The reports the running index holds: of the latest added (article by article, each article's developments by
            // id), those within the window of the newest, in the order they were added.
            var from = Iso.Format(Iso.Parse(newest) - index.Window);
            index.AdvanceTo(Iso.Parse(newest));
            var reports = await connection.QueryAsync<StoredReport>(new CommandDefinition("""
                SELECT * FROM (
                    SELECT development_id AS DevelopmentId, article_id AS ArticleId, seen_utc AS Seen, terms AS Terms, names AS Names,
                           embedding AS Embedding, report_places AS Places, report_action AS Action, report_clause AS Clause
                    FROM development_sources
                    WHERE terms IS NOT NULL
                    ORDER BY article_id DESC, development_id DESC
                    LIMIT @capacity) AS latest
                WHERE Seen >= @from
                ORDER BY ArticleId DESC, DevelopmentId DESC;
                """, new { from, capacity = index.Capacity }, transaction, cancellationToken: cancellationToken));
            var alerted = await connection.QueryAsync<long>(new CommandDefinition(
                "SELECT id FROM developments WHERE is_alert = 1 AND alert_suppressed = 0 AND updated_utc >= @from;",
                new { from }, transaction, cancellationToken: cancellationToken));
            foreach (var id in alerted)
            {
                index.MarkAlerted(id);
            }

            foreach (var r in reports.Reverse())
            {
                index.Add(r.DevelopmentId, new ReportSignal(
                    SignalCodec.DecodeTerms(r.Terms!),
                    SignalCodec.DecodeNames(r.Names ?? ""),
                    SignalCodec.DecodeEmbedding(r.Embedding),
                    Iso.Parse(r.Seen),
                    SignalCodec.DecodePlaces(r.Places, gazetteer.FindById),
                    Enum.TryParse<EventAction>(r.Action, out var action) ? action : EventAction.Other,
                    r.Clause == 1));
            }
        }

        return new Grouper(statistics, index);
    }

    private sealed record StoredReport(long DevelopmentId, long ArticleId, string Seen, string? Terms, string? Names, byte[]? Embedding, string? Places, string? Action, long Clause);
}
