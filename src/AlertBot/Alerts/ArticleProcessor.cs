using System.Collections.Concurrent;
using System.Data.Common;
using AlertBot.Detection;
using AlertBot.Detection.Merging;
using AlertBot.Storage;
using Dapper;
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

    /// <summary>The columns of a <see cref="StoredDevelopment"/>, for every query that reads one.</summary>
    private const string StoredColumns = "id AS Id, match_key AS MatchKey, is_alert AS IsAlert, certainty AS Certainty";
    private readonly TermRarity _rarity = new();
    private readonly TermRarity _gistRarity = new();
    private readonly ConcurrentDictionary<long, StoryCentroid> _stories = new();
    private long _generation;

    public async Task<ArticleOutcome> ProcessAsync(IncomingArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var hash = ContentHash.Of(article.Title, article.Body);
        await using var connection = await database.OpenAsync(cancellationToken);
        if (await IsKnownAsync(connection, hash, cancellationToken))
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
            await using var transaction = await database.BeginMergeAsync(connection, cancellationToken);
            await CountMergeAsync(connection, transaction, cancellationToken);
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
        catch
        {
            // The caches ran ahead of a transaction that did not commit: rebuild them from the store.
            _keys.Clear();
            _stories.Clear();
            throw;
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>
    /// Every merge counts itself in the store, under the merge lock. A count that skipped one since this process's
    /// last merge means another worker merged in between, and the story centroids cached here miss its articles.
    /// </summary>
    private async Task CountMergeAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var generation = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO bot_state (key, value) VALUES ('merge.generation', '1')
            ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(bot_state.value AS BIGINT) + 1 AS TEXT)
            RETURNING CAST(value AS BIGINT);
            """, transaction: transaction, cancellationToken: cancellationToken));
        if (generation != _generation + 1)
        {
            _stories.Clear();
        }

        _generation = generation;
    }

    private static async Task<bool> IsKnownAsync(DbConnection connection, string hash, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT id FROM articles WHERE content_hash = @hash;", new { hash }, cancellationToken: cancellationToken)) is not null;

    private async Task<ArticleOutcome> StoreAsync(
        DbConnection connection,
        DbTransaction transaction,
        IncomingArticle article,
        string hash,
        DateTimeOffset published,
        DateTimeOffset now,
        ArticleAnalysis analysis,
        CancellationToken cancellationToken)
    {
        var articleId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
            INSERT INTO articles (source, outlet, url, content_hash, title, published_utc, ingested_utc, gist)
            VALUES (@Source, @Outlet, @Url, @hash, @Title, @published, @now, @gist)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id;
            """,
            new
            {
                article.Source, article.Outlet, article.Url, hash, article.Title,
                published = Iso.Format(published), now = Iso.Format(now), gist = string.Join(' ', analysis.Gist),
            },
            transaction, cancellationToken: cancellationToken));
        if (articleId is null)
        {
            return ArticleOutcome.AlreadySeen;
        }

        var window = TimeSpan.FromHours(options.Value.MergeWindowHours);
        var recent = (await connection.QueryAsync<StoredDevelopment>(new CommandDefinition($"""
            SELECT {StoredColumns} FROM developments
            WHERE first_seen_utc >= @from AND first_seen_utc <= @to;
            """,
            new { from = Iso.Format(published - window), to = Iso.Format(published + window) },
            transaction, cancellationToken: cancellationToken))).ToList();

        _rarity.Observe(analysis.Developments.Select(d => d.Key));
        _gistRarity.Observe(analysis.Gist);
        var story = await FindStoryAsync(connection, transaction, analysis.Gist, published, recent, cancellationToken);

        var developmentIds = new List<long>();
        var newAlerts = new List<long>();
        var updated = new List<long>();
        var writer = new DevelopmentWriter(database, connection, transaction, articleId.Value, article, published, cancellationToken);
        long? listedOnly = null;
        for (var i = 0; i < analysis.Developments.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var development = analysis.Developments[i];
            if (i == 0 && story is not null)
            {
                if (IsOwnHeadline(development, story))
                {
                    // News of its own within the story: listed under the story first, but it neither lends this
                    // article's words to the story's alert nor hides behind it.
                    developmentIds.Add(story.Id);
                    listedOnly = story.Id;
                }
                else
                {
                    // The article is about a known story: its main development confirms the story's, whatever verb
                    // this outlet led with.
                    await JoinAsync(connection, transaction, writer, article, story, development, now, developmentIds, newAlerts, updated, recent, cancellationToken);
                    continue;
                }
            }

            var match = FindMatch(development.Key, recent);
            if (match is null)
            {
                var id = await writer.InsertAsync(development);
                _keys[id] = development.Key;
                var isAlert = development.IsHeadline;
                recent.Add(new StoredDevelopment(id, development.Key.Serialize(), isAlert ? 1 : 0, development.Certainty.ToString()));
                if (isAlert && !article.SuppressAlerts)
                {
                    await Outbox.EnqueueAlertAsync(connection, transaction, id, now, cancellationToken);
                    newAlerts.Add(id);
                }
                else if (isAlert)
                {
                    await HoldBackAsync(connection, transaction, id, true, cancellationToken);
                }

                developmentIds.Add(id);
                continue;
            }

            if (match.Id == listedOnly)
            {
                // The story this article is listed under is also reported in it: now it is a source.
                listedOnly = null;
            }
            else if (developmentIds.Contains(match.Id))
            {
                // Two sentences of one article describing one development: one source, not two.
                await writer.AddEvidenceAsync(match.Id, development);
                continue;
            }

            // The stored key stays the first report's: outlets' other wordings are caught by the story, and a key that
            // grew with every confirmation would chain a topic's loosely related reports into one alert.
            await JoinAsync(connection, transaction, writer, article, match, development, now, developmentIds, newAlerts, updated, recent, cancellationToken);
        }

        // A story is the articles whose first development is one: this article's first is its story from now on.
        // Read before this article is written into it, so a story missing from the cache is not counted short or twice.
        var storyId = developmentIds[0];
        var centroid = _stories.TryGetValue(storyId, out var cached) ? cached : await LoadStoryAsync(connection, transaction, storyId, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("UPDATE articles SET story_id = @storyId WHERE id = @articleId;", new { storyId, articleId }, transaction, cancellationToken: cancellationToken));
        centroid.Add(analysis.Gist);
        return new ArticleOutcome(false, articleId, developmentIds, newAlerts, updated, analysis.Places);
    }

    /// <summary>
    /// Headline news inside a known story keeps its own alert when the story has none yet (its alert must read as this
    /// news, not as the story's first report) or when it is other news (<see cref="DevelopmentMatcher.IsOtherNews"/>).
    /// </summary>
    private bool IsOwnHeadline(Development development, StoredDevelopment story) =>
        development.IsHeadline && (story.IsAlert == 0 || DevelopmentMatcher.IsOtherNews(development.Key, KeyOf(story), _rarity));

    /// <summary>Merges a report into a stored development: one more source, firmer wording, alert or update queued.</summary>
    private async Task JoinAsync(
        DbConnection connection,
        DbTransaction transaction,
        DevelopmentWriter writer,
        IncomingArticle article,
        StoredDevelopment match,
        Development development,
        DateTimeOffset now,
        List<long> developmentIds,
        List<long> newAlerts,
        List<long> updated,
        List<StoredDevelopment> recent,
        CancellationToken cancellationToken)
    {
        if (!developmentIds.Contains(match.Id))
        {
            developmentIds.Add(match.Id);
        }

        var firmer = Enum.TryParse<Certainty>(match.Certainty, out var known) && development.Certainty > known;
        await writer.MergeAsync(match.Id, development, firmer);
        var current = match;
        if (firmer)
        {
            current = current with { Certainty = development.Certainty.ToString() };
        }

        if (match.IsAlert == 0 && development.IsHeadline)
        {
            await connection.ExecuteAsync(new CommandDefinition("UPDATE developments SET is_alert = 1 WHERE id = @Id;", new { match.Id }, transaction, cancellationToken: cancellationToken));
            current = current with { IsAlert = 1 };
            if (!article.SuppressAlerts)
            {
                await Outbox.EnqueueAlertAsync(connection, transaction, match.Id, now, cancellationToken);
                newAlerts.Add(match.Id);
            }
            else
            {
                await HoldBackAsync(connection, transaction, match.Id, true, cancellationToken);
            }
        }
        else if (match.IsAlert == 1 && !article.SuppressAlerts && await IsHeldBackAsync(connection, transaction, match.Id, cancellationToken))
        {
            // Every earlier report was stale (stored, never sent): this fresh one is the first anyone hears of it.
            await HoldBackAsync(connection, transaction, match.Id, false, cancellationToken);
            await Outbox.EnqueueAlertAsync(connection, transaction, match.Id, now, cancellationToken);
            newAlerts.Add(match.Id);
        }
        else if (match.IsAlert == 1)
        {
            await Outbox.EnqueueUpdateAsync(connection, transaction, match.Id, now, cancellationToken);
            updated.Add(match.Id);
        }

        // Records compare by value: the stored record is found by id, since `match` may be a copy from elsewhere.
        var at = recent.FindIndex(r => r.Id == match.Id);
        if (at >= 0)
        {
            recent[at] = current;
        }
    }

    /// <summary>An alert whose reports were all stale is held back (listed, never sent) until a fresh report comes.</summary>
    private static Task HoldBackAsync(DbConnection connection, DbTransaction transaction, long id, bool held, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE developments SET alert_suppressed = @held WHERE id = @id;", new { id, held = held ? 1 : 0 }, transaction, cancellationToken: cancellationToken));

    private static async Task<bool> IsHeldBackAsync(DbConnection connection, DbTransaction transaction, long id, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT alert_suppressed FROM developments WHERE id = @id;", new { id }, transaction, cancellationToken: cancellationToken)) == 1;

    /// <summary>The story of recent articles this one's headline and lead are most like, if any is like enough.</summary>
    private async Task<StoredDevelopment?> FindStoryAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<string> gist, DateTimeOffset published, List<StoredDevelopment> recent, CancellationToken cancellationToken)
    {
        if (gist.Count == 0)
        {
            return null;
        }

        var window = TimeSpan.FromHours(options.Value.StoryWindowHours);
        var storyIds = await connection.QueryAsync<long>(new CommandDefinition("""
            SELECT DISTINCT story_id FROM articles
            WHERE story_id IS NOT NULL AND published_utc >= @from AND published_utc <= @to;
            """,
            new { from = Iso.Format(published - window), to = Iso.Format(published + window) },
            transaction, cancellationToken: cancellationToken));
        long? best = null;
        var bestScore = StoryCentroid.SameStory;
        foreach (var id in storyIds)
        {
            var centroid = _stories.TryGetValue(id, out var known) ? known : await LoadStoryAsync(connection, transaction, id, cancellationToken);
            var score = centroid.Similarity(gist, _gistRarity);
            if (score >= bestScore)
            {
                best = id;
                bestScore = score;
            }
        }

        if (best is null)
        {
            return null;
        }

        return recent.Find(r => r.Id == best) ?? await connection.QuerySingleAsync<StoredDevelopment>(new CommandDefinition(
            $"SELECT {StoredColumns} FROM developments WHERE id = @best;",
            new { best },
            transaction, cancellationToken: cancellationToken));
    }

    private async Task<StoryCentroid> LoadStoryAsync(DbConnection connection, DbTransaction transaction, long id, CancellationToken cancellationToken)
    {
        var centroid = new StoryCentroid();
        foreach (var gist in await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT gist FROM articles WHERE story_id = @id AND gist IS NOT NULL;", new { id }, transaction, cancellationToken: cancellationToken)))
        {
            centroid.Add(gist.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        if (_stories.Count > MaxCachedKeys)
        {
            // A cache of the store: dropping it costs re-reading a story's gists, not correctness.
            _stories.Clear();
        }

        return _stories.GetOrAdd(id, centroid);
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
