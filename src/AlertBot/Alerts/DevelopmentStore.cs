using System.Data.Common;
using System.Globalization;
using AlertBot.Alerts.Grouping;
using AlertBot.Detection;
using AlertBot.Detection.Alerting;
using AlertBot.Detection.Grouping;
using AlertBot.Detection.Places;
using AlertBot.Detection.Scoring;
using AlertBot.Storage;
using Dapper;

namespace AlertBot.Alerts;

/// <summary>
/// The pipeline's reads and writes for one article, all inside its merge transaction: the article, the word statistics,
/// each development it starts or joins, its sources and places, and the alert state. Commits together or not at all.
/// </summary>
internal sealed class DevelopmentStore(Database database, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
{
    private const string EvidenceSeparator = "\n";

    /// <summary>A development's first sources are enough to decide on it; a story reported a thousand times reads no more.</summary>
    private const int MaxSourcesRead = 100;

    /// <summary>
    /// The developments of an article already stored with this content (its own first), or null when it is new: an outlet
    /// that posts one text under two links reports nothing new the second time.
    /// </summary>
    public static async Task<IReadOnlyList<long>?> KnownAsync(DbConnection connection, string hash, CancellationToken cancellationToken)
    {
        var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM articles WHERE content_hash = @hash;", new { hash }, cancellationToken: cancellationToken));
        if (id is null)
        {
            return null;
        }

        var developments = await connection.QueryAsync<long>(new CommandDefinition("""
            SELECT development_id FROM development_sources WHERE article_id = @id
            ORDER BY CASE WHEN title IS NULL THEN 1 ELSE 0 END, development_id;
            """, new { id }, cancellationToken: cancellationToken));
        return [.. developments];
    }

    /// <summary>The article's row, or null when another process stored the same content first.</summary>
    public Task<long?> InsertArticleAsync(IncomingArticle article, string hash, DateTimeOffset published, DateTimeOffset now) =>
        connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
            INSERT INTO articles (source, outlet, url, content_hash, title, published_utc, ingested_utc)
            VALUES (@Source, @Outlet, @Url, @hash, @Title, @published, @now)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id;
            """,
            new { article.Source, article.Outlet, article.Url, hash, article.Title, published = Iso.Format(published), now = Iso.Format(now) },
            transaction, cancellationToken: cancellationToken));

    /// <summary>Counts each report's words once, and the reports themselves under the empty word.</summary>
    public async Task ObserveTermsAsync(IReadOnlyList<GroupingChoice> choices)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal) { [""] = choices.Count };
        foreach (var term in choices.SelectMany(c => c.Signal.Terms.Select(t => t.Term)))
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO term_stats (term, documents) VALUES (@Key, @Value)
            ON CONFLICT (term) DO UPDATE SET documents = term_stats.documents + excluded.documents;
            """, counts.Select(c => new { c.Key, c.Value }), transaction, cancellationToken: cancellationToken));
    }

    public Task<long> InsertDevelopmentAsync(Development development, DateTimeOffset seen) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO developments (headline, summary, action, actor, certainty, significance, is_alert, match_key, first_seen_utc, updated_utc, confirmations)
            VALUES (@Headline, @Summary, @Action, @Actor, @Certainty, @Significance, 0, '', @Seen, @Seen, 1)
            RETURNING id;
            """,
            new
            {
                development.Headline,
                development.Summary,
                Action = development.Action.ToString(),
                development.Actor,
                Certainty = development.Certainty.ToString(),
                development.Significance,
                Seen = Iso.Format(seen),
            },
            transaction, cancellationToken: cancellationToken));

    public Task AddSourceAsync(long developmentId, long articleId, IncomingArticle article, Development development, SourceFacts facts, ReportSignal signal) =>
        connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO development_sources (development_id, article_id, source, outlet, url, evidence, seen_utc, terms, names, embedding,
                                             kind, title, title_states, headline, summary, significance, certainty, fresh, place_ids, report_places, report_action, report_clause)
            VALUES (@developmentId, @articleId, @Source, @Outlet, @Url, @Evidence, @Seen, @Terms, @Names, @Embedding,
                    @Kind, @Title, @TitleStates, @Headline, @Summary, @Significance, @Certainty, @Fresh, @PlaceIds, @ReportPlaces, @ReportAction, @ReportClause)
            ON CONFLICT (development_id, article_id) DO NOTHING;
            """,
            new
            {
                developmentId,
                articleId,
                article.Source,
                article.Outlet,
                article.Url,
                Evidence = string.Join(EvidenceSeparator, development.Evidence),
                Seen = Iso.Format(facts.Seen),
                Terms = SignalCodec.EncodeTerms(signal.Terms),
                Names = SignalCodec.EncodeNames(signal.Names),
                Embedding = SignalCodec.EncodeEmbedding(signal.Embedding),
                Kind = facts.Kind.ToString(),
                facts.Title,
                TitleStates = facts.TitleStatesNews ? 1 : 0,
                facts.Headline,
                development.Summary,
                facts.Significance,
                Certainty = facts.Certainty.ToString(),
                Fresh = facts.Fresh ? 1 : 0,
                PlaceIds = string.Join(',', facts.PlaceIds.Select(id => id.ToString(CultureInfo.InvariantCulture))),
                ReportPlaces = SignalCodec.EncodePlaces(signal.Places),
                ReportAction = signal.Action.ToString(),
                ReportClause = signal.Clause ? 1 : 0,
            },
            transaction, cancellationToken: cancellationToken));

    /// <summary>A second development of one article restating the first: more evidence for the same source.</summary>
    public Task AddEvidenceAsync(long developmentId, long articleId, Development development) =>
        connection.ExecuteAsync(new CommandDefinition("""
            UPDATE development_sources SET evidence = evidence || @Separator || @Evidence
            WHERE development_id = @developmentId AND article_id = @articleId;
            """,
            new { developmentId, articleId, Separator = EvidenceSeparator, Evidence = string.Join(EvidenceSeparator, development.Evidence) },
            transaction, cancellationToken: cancellationToken));

    /// <summary>The development's sources, earliest first, with the summary each would give the alert.</summary>
    public async Task<List<(SourceFacts Facts, string Summary)>> SourcesAsync(long developmentId)
    {
        var rows = await connection.QueryAsync<SourceRow>(new CommandDefinition($"""
            SELECT outlet AS Outlet, source AS Source, kind AS Kind, title AS Title, title_states AS TitleStates, headline AS Headline, summary AS Summary,
                   significance AS Significance, certainty AS Certainty, fresh AS Fresh, seen_utc AS Seen, place_ids AS PlaceIds
            FROM development_sources WHERE development_id = @developmentId
            ORDER BY seen_utc, article_id
            LIMIT {MaxSourcesRead};
            """, new { developmentId }, transaction, cancellationToken: cancellationToken));
        return [.. rows.Select(r => (new SourceFacts(
            // A file at the inbox's root names no outlet: it is one of its own.
            string.Equals(r.Outlet, AlertOutlets.InboxOutlet, StringComparison.OrdinalIgnoreCase) ? r.Source : r.Outlet,
            Enum.TryParse<ArticleKind>(r.Kind, out var kind) ? kind : ArticleKind.Report,
            r.Title,
            r.TitleStates == 1,
            r.Headline,
            r.Significance,
            Enum.TryParse<Certainty>(r.Certainty, out var certainty) ? certainty : Certainty.Stated,
            r.Fresh == 1,
            Iso.Parse(r.Seen),
            [.. r.PlaceIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture))]), r.Summary))];
    }

    public async Task<AlertState> StateAsync(long developmentId) =>
        await connection.QuerySingleAsync<AlertState>(new CommandDefinition("""
            SELECT is_alert AS IsAlert, alert_suppressed AS HeldBack, headline AS Headline, certainty AS Certainty, confirmations AS Confirmations
            FROM developments WHERE id = @developmentId;
            """, new { developmentId }, transaction, cancellationToken: cancellationToken));

    /// <summary>What the development's sources now say of it: headline, summary, firmest certainty, outlets, latest report.</summary>
    public Task UpdateAsync(long developmentId, string headline, string summary, Certainty certainty, double significance, int confirmations, DateTimeOffset seen)
    {
        var greatest = database.Sql(sqlite: "MAX", postgres: "GREATEST");
        return connection.ExecuteAsync(new CommandDefinition($"""
            UPDATE developments
            SET headline = @headline, summary = @summary, certainty = @Certainty, confirmations = @confirmations,
                significance = {greatest}(significance, @significance), updated_utc = {greatest}(updated_utc, @Seen)
            WHERE id = @developmentId;
            """,
            new { developmentId, headline, summary, Certainty = certainty.ToString(), confirmations, significance, Seen = Iso.Format(seen) },
            transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Rewrites the development's places in rank order (the order <c>/city</c> and alerts show them in).</summary>
    public async Task SetPlacesAsync(long developmentId, IReadOnlyList<Place> places)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM development_places WHERE development_id = @developmentId;", new { developmentId }, transaction, cancellationToken: cancellationToken));
        if (places.Count == 0)
        {
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO development_places (development_id, geoname_id, name, country, latitude, longitude)
            VALUES (@developmentId, @GeonameId, @Name, @CountryCode, @Latitude, @Longitude)
            ON CONFLICT (development_id, geoname_id) DO NOTHING;
            """,
            places.Select(p => new { developmentId, p.GeonameId, Name = p.EnglishName, p.CountryCode, p.Latitude, p.Longitude }),
            transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Marks the development an alert; <paramref name="heldBack"/>: every report so far is stale, so nobody is sent it yet.</summary>
    public Task MarkAlertAsync(long developmentId, bool heldBack) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE developments SET is_alert = 1, alert_suppressed = @held WHERE id = @developmentId;",
            new { developmentId, held = heldBack ? 1 : 0 }, transaction, cancellationToken: cancellationToken));

    public Task EnqueueAlertAsync(long developmentId, DateTimeOffset now) => Outbox.EnqueueAlertAsync(connection, transaction, developmentId, now, cancellationToken);

    public Task EnqueueUpdateAsync(long developmentId, DateTimeOffset now) => Outbox.EnqueueUpdateAsync(connection, transaction, developmentId, now, cancellationToken);

    internal sealed record AlertState(long IsAlert, long HeldBack, string Headline, string Certainty, long Confirmations);

    private sealed record SourceRow(
        string Outlet, string Source, string Kind, string? Title, long TitleStates, string Headline, string Summary, double Significance, string Certainty, long Fresh, string Seen, string PlaceIds);
}
