using System.Collections.Concurrent;
using AlertBot.Detection;
using AlertBot.Detection.Merging;
using AlertBot.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Alerts;

/// <summary>
/// The pipeline: article → detection → store → merge with known developments → outbox.
/// One transaction per article, so an alert and its deliveries exist together or not at all.
/// </summary>
public sealed class ArticleProcessor(
    Database database,
    DetectionEngine engine,
    IOptions<AlertsOptions> options,
    TimeProvider clock,
    WakeSignal wakeSignal,
    ILogger<ArticleProcessor> logger)
{
    private readonly ConcurrentDictionary<long, DevelopmentKey> _keys = new();
    private const int MaxCachedKeys = 100_000;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly TermRarity _rarity = new();

    public async Task<ArticleOutcome> ProcessAsync(IncomingArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var hash = ContentHash.Of(article.Title, article.Body);
        await using var connection = await database.OpenAsync(cancellationToken);
        if (await IsKnownAsync(connection, hash))
        {
            return ArticleOutcome.AlreadySeen;
        }

        var now = clock.GetUtcNow();
        var published = article.Published ?? now;
        var analysis = engine.Analyze(new ArticleText(article.Source, article.Title, article.Body, published, article.Outlet));

        // Merging reads then writes the recent developments: one writer at a time keeps two outlets'
        // simultaneous reports of one development from both becoming new alerts.
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var outcome = await StoreAsync(connection, transaction, article, hash, published, now, analysis, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (outcome.NewAlertIds.Count > 0 || outcome.UpdatedAlertIds.Count > 0)
            {
                wakeSignal.Notify();
            }

            logger.LogInformation(
                "Processed {Source}: {Developments} developments, {NewAlerts} new alerts, {Updated} confirmed",
                article.Source, outcome.DevelopmentIds.Count, outcome.NewAlertIds.Count, outcome.UpdatedAlertIds.Count);
            return outcome;
        }
        finally
        {
            _writer.Release();
        }
    }

    private static async Task<bool> IsKnownAsync(SqliteConnection connection, string hash) =>
        await connection.ExecuteScalarAsync<long?>("SELECT id FROM articles WHERE content_hash = @hash;", new { hash }) is not null;

    private async Task<ArticleOutcome> StoreAsync(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IncomingArticle article,
        string hash,
        DateTimeOffset published,
        DateTimeOffset now,
        ArticleAnalysis analysis,
        CancellationToken cancellationToken)
    {
        var articleId = await connection.ExecuteScalarAsync<long?>("""
            INSERT INTO articles (source, outlet, url, content_hash, title, published_utc, ingested_utc)
            VALUES (@Source, @Outlet, @Url, @hash, @Title, @published, @now)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id;
            """,
            new { article.Source, article.Outlet, article.Url, hash, article.Title, published = Iso.Format(published), now = Iso.Format(now) },
            transaction);
        if (articleId is null)
        {
            return ArticleOutcome.AlreadySeen;
        }

        var window = TimeSpan.FromHours(options.Value.MergeWindowHours);
        var recent = (await connection.QueryAsync<StoredDevelopment>("""
            SELECT id AS Id, match_key AS MatchKey, is_alert AS IsAlert, certainty AS Certainty
            FROM developments
            WHERE first_seen_utc >= @from AND first_seen_utc <= @to;
            """,
            new { from = Iso.Format(published - window), to = Iso.Format(published + window) },
            transaction)).ToList();

        _rarity.Observe(analysis.Developments.Select(d => d.Key));

        var developmentIds = new List<long>();
        var newAlerts = new List<long>();
        var updated = new List<long>();
        foreach (var development in analysis.Developments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var match = FindMatch(development.Key, recent);
            var writer = new DevelopmentWriter(connection, transaction, articleId.Value, article, published);
            if (match is null)
            {
                var id = await writer.InsertAsync(development);
                _keys[id] = development.Key;
                var isAlert = development.IsHeadline;
                recent.Add(new StoredDevelopment(id, development.Key.Serialize(), isAlert ? 1 : 0, development.Certainty.ToString()));
                if (isAlert && !article.SuppressAlerts)
                {
                    await Outbox.EnqueueAlertAsync(connection, transaction, id, now);
                    newAlerts.Add(id);
                }

                developmentIds.Add(id);
                continue;
            }

            if (developmentIds.Contains(match.Id))
            {
                // Two sentences of one article describing one development: one source, not two.
                await writer.AddEvidenceAsync(match.Id, development);
                continue;
            }

            developmentIds.Add(match.Id);
            var firmer = Enum.TryParse<Certainty>(match.Certainty, out var known) && development.Certainty > known;
            // The stored key grows with each confirming report, so later outlets' wording matches too.
            var combined = KeyCombiner.Combine(KeyOf(match), development.Key);
            await writer.MergeAsync(match.Id, development, firmer, combined.Serialize());
            _keys[match.Id] = combined;
            // The index is taken once: after the first replacement `match` no longer equals the stored record.
            var at = recent.IndexOf(match);
            recent[at] = recent[at] with { MatchKey = combined.Serialize() };
            if (firmer)
            {
                recent[at] = recent[at] with { Certainty = development.Certainty.ToString() };
            }

            if (match.IsAlert == 0 && development.IsHeadline)
            {
                await connection.ExecuteAsync("UPDATE developments SET is_alert = 1 WHERE id = @Id;", new { match.Id }, transaction);
                recent[at] = recent[at] with { IsAlert = 1 };
                if (!article.SuppressAlerts)
                {
                    await Outbox.EnqueueAlertAsync(connection, transaction, match.Id, now);
                    newAlerts.Add(match.Id);
                }
            }
            else if (match.IsAlert == 1)
            {
                await Outbox.EnqueueUpdateAsync(connection, transaction, match.Id, now);
                updated.Add(match.Id);
            }
        }

        return new ArticleOutcome(false, articleId, developmentIds, newAlerts, updated, analysis.Places);
    }

    private StoredDevelopment? FindMatch(DevelopmentKey key, List<StoredDevelopment> recent)
    {
        if (_keys.Count > MaxCachedKeys)
        {
            // Parsed keys are only a cache of the store; dropping them costs a re-parse, not correctness.
            _keys.Clear();
        }

        StoredDevelopment? best = null;
        var bestScore = double.MinValue;
        foreach (var candidate in recent)
        {
            var known = KeyOf(candidate);
            var similarity = DevelopmentMatcher.Similarity(key, known, _rarity);
            if (similarity < DevelopmentMatcher.Threshold)
            {
                continue;
            }

            var score = DevelopmentMatcher.Rank(key, known, similarity);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    private DevelopmentKey KeyOf(StoredDevelopment stored) =>
        _keys.GetOrAdd(stored.Id, static (_, text) => DevelopmentKey.Parse(text), stored.MatchKey);
}
