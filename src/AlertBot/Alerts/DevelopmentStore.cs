using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
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
/// What a decision reads of a development comes from <paramref name="cache"/> when this worker merged into it lately,
/// else from the store; what it writes is remembered here and handed to the cache by <see cref="Committed"/> only.
/// A write that would leave a row as it is (the same headline, the same places) is not sent.
/// </summary>
internal sealed class DevelopmentStore(Database database, MergeConnection merge, DbTransaction transaction, DevelopmentCache cache, CancellationToken cancellationToken)
{
    private const string EvidenceSeparator = "\n";

    /// <summary>A development's first sources are enough to decide on it; a story reported a thousand times reads no more.</summary>
    internal const int MaxSourcesRead = 100;

    /// <summary>Merges whose word counts are kept as rows of their own before they are added to term_stats.</summary>
    internal const int TermsFoldedEvery = 256;

    private readonly Dictionary<long, DevelopmentMemory> _written = [];

    /// <summary>For the reads and writes too rare to keep a command for.</summary>
    private DbConnection Connection => merge.Connection;

    /// <summary>
    /// The developments of an article already stored with this content (its own first), or null when it is new: an outlet
    /// that posts one text under two links reports nothing new the second time.
    /// </summary>
    public static async Task<IReadOnlyList<long>?> KnownAsync(MergeConnection merge, string hash, CancellationToken cancellationToken)
    {
        var id = await merge.ScalarAsync("SELECT id FROM articles WHERE content_hash = @hash;", null, cancellationToken, ("hash", hash));
        if (id is null)
        {
            return null;
        }

        var developments = await merge.Connection.QueryAsync<long>(new CommandDefinition("""
            SELECT development_id FROM development_sources WHERE article_id = @id
            ORDER BY CASE WHEN title IS NULL THEN 1 ELSE 0 END, development_id;
            """, new { id }, cancellationToken: cancellationToken));
        return [.. developments];
    }

    /// <summary>The article's row, or null when another process stored the same content first.</summary>
    public Task<long?> InsertArticleAsync(IncomingArticle article, string hash, DateTimeOffset published, DateTimeOffset now) =>
        merge.ScalarAsync("""
            INSERT INTO articles (source, outlet, url, content_hash, title, published_utc, ingested_utc)
            VALUES (@Source, @Outlet, @Url, @hash, @Title, @published, @now)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id;
            """,
            transaction,
            cancellationToken,
            ("Source", article.Source), ("Outlet", article.Outlet), ("Url", article.Url), ("hash", hash), ("Title", article.Title),
            ("published", Iso.Format(published)), ("now", Iso.Format(now)));

    /// <summary>
    /// Counts each report's words once, and the reports themselves under the empty word. The counts go in as one row of
    /// their own; every <see cref="TermsFoldedEvery"/> merges they are added to term_stats together, so a merge rewrites
    /// one small row instead of a page of term_stats per word. The totals are the same either way (GroupingState reads both).
    /// </summary>
    public async Task ObserveTermsAsync(IReadOnlyList<GroupingChoice> choices)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal) { [""] = choices.Count };
        foreach (var term in choices.SelectMany(c => c.Signal.Terms.Select(t => t.Term)))
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }

        var id = await merge.ScalarAsync(
            "INSERT INTO term_observations (terms) VALUES (@terms) RETURNING id;", transaction, cancellationToken, ("terms", SignalCodec.EncodeCounts(counts)))
            ?? throw new InvalidOperationException("term_observations returned no id");
        var oldest = await merge.ScalarAsync("SELECT MIN(id) FROM term_observations;", transaction, cancellationToken) ?? id;
        if (id - oldest + 1 >= TermsFoldedEvery)
        {
            await FoldTermsAsync(id);
        }
    }

    public async Task<long> InsertDevelopmentAsync(Development development, DateTimeOffset seen)
    {
        var row = new DevelopmentMemory.Row(
            0, 0, DevelopmentMemory.Stored(development.Headline), DevelopmentMemory.Stored(development.Summary), development.Certainty.ToString(),
            development.Significance, 1, Iso.Format(seen));
        var id = await merge.ScalarAsync("""
            INSERT INTO developments (headline, summary, action, actor, certainty, significance, is_alert, match_key, first_seen_utc, updated_utc, confirmations)
            VALUES (@Headline, @Summary, @Action, @Actor, @Certainty, @Significance, 0, '', @Seen, @Seen, 1)
            RETURNING id;
            """,
            transaction,
            cancellationToken,
            ("Headline", development.Headline), ("Summary", development.Summary), ("Action", development.Action.ToString()), ("Actor", development.Actor),
            ("Certainty", row.Certainty), ("Significance", development.Significance), ("Seen", row.Updated))
            ?? throw new InvalidOperationException("developments returned no id");
        // New, so known in full: also replaces whatever was remembered under a row id SQLite hands out again.
        _written[id] = new DevelopmentMemory([], row, []);
        return id;
    }

    public async Task AddSourceAsync(long developmentId, long articleId, IncomingArticle article, Development development, SourceFacts facts, ReportSignal signal)
    {
        var row = new SourceRow(
            articleId, article.Outlet, article.Source, facts.Kind.ToString(), facts.Title, facts.TitleStatesNews ? 1 : 0, facts.Headline, development.Summary,
            facts.Significance, facts.Certainty.ToString(), facts.Fresh ? 1 : 0, Iso.Format(facts.Seen),
            string.Join(',', facts.PlaceIds.Select(id => id.ToString(CultureInfo.InvariantCulture))), facts.Action.ToString());
        var added = await merge.RunAsync("""
            INSERT INTO development_sources (development_id, article_id, source, outlet, url, evidence, seen_utc, terms, names, embedding,
                                             kind, title, title_states, headline, summary, significance, certainty, fresh, place_ids, report_places, report_action, report_clause)
            VALUES (@developmentId, @articleId, @Source, @Outlet, @Url, @Evidence, @Seen, @Terms, @Names, @Embedding,
                    @Kind, @Title, @TitleStates, @Headline, @Summary, @Significance, @Certainty, @Fresh, @PlaceIds, @ReportPlaces, @ReportAction, @ReportClause)
            ON CONFLICT (development_id, article_id) DO NOTHING;
            """,
            transaction,
            cancellationToken,
            ("developmentId", developmentId),
            ("articleId", articleId),
            ("Source", row.Source),
            ("Outlet", row.Outlet),
            ("Url", article.Url),
            ("Evidence", string.Join(EvidenceSeparator, development.Evidence)),
            ("Seen", row.Seen),
            ("Terms", SignalCodec.EncodeTerms(signal.Terms)),
            ("Names", SignalCodec.EncodeNames(signal.Names)),
            ("Embedding", SignalCodec.EncodeEmbedding(signal.Embedding)),
            ("Kind", row.Kind),
            ("Title", row.Title),
            ("TitleStates", row.TitleStates),
            ("Headline", row.Headline),
            ("Summary", row.Summary),
            ("Significance", row.Significance),
            ("Certainty", row.Certainty),
            ("Fresh", row.Fresh),
            ("PlaceIds", row.PlaceIds),
            ("ReportPlaces", SignalCodec.EncodePlaces(signal.Places)),
            ("ReportAction", row.Action),
            ("ReportClause", signal.Clause ? 1 : 0));
        // Remembered as a read would give it back; unknown developments are read in full when decided on.
        if (added == 1 && Remembered(developmentId) is { } memory)
        {
            _written[developmentId] = memory.WithSource(Read(row), MaxSourcesRead);
        }
    }

    /// <summary>A second development of one article restating the first: more evidence for the same source.</summary>
    public Task AddEvidenceAsync(long developmentId, long articleId, Development development) =>
        merge.RunAsync("""
            UPDATE development_sources SET evidence = evidence || @Separator || @Evidence
            WHERE development_id = @developmentId AND article_id = @articleId;
            """,
            transaction,
            cancellationToken,
            ("Separator", EvidenceSeparator), ("Evidence", string.Join(EvidenceSeparator, development.Evidence)), ("developmentId", developmentId), ("articleId", articleId));

    /// <summary>
    /// What deciding on the development needs: its first sources, earliest first, with the summary each would give the
    /// alert; its alert state; its places. Read from the store only when this worker has not merged into it lately.
    /// </summary>
    public async Task<DevelopmentMemory> MemoryAsync(long developmentId)
    {
        if (Remembered(developmentId) is { } memory)
        {
            return memory;
        }

        var rows = await Connection.QueryAsync<SourceRow>(new CommandDefinition($"""
            SELECT article_id AS ArticleId, outlet AS Outlet, source AS Source, kind AS Kind, title AS Title, title_states AS TitleStates, headline AS Headline,
                   summary AS Summary, significance AS Significance, certainty AS Certainty, fresh AS Fresh, seen_utc AS Seen, place_ids AS PlaceIds,
                   report_action AS Action
            FROM development_sources WHERE development_id = @developmentId
            ORDER BY seen_utc, article_id
            LIMIT {MaxSourcesRead};
            """, new { developmentId }, transaction, cancellationToken: cancellationToken));
        var state = await Connection.QuerySingleAsync<DevelopmentMemory.Row>(new CommandDefinition("""
            SELECT is_alert AS IsAlert, alert_suppressed AS HeldBack, headline AS Headline, summary AS Summary, certainty AS Certainty,
                   significance AS Significance, confirmations AS Confirmations, updated_utc AS Updated
            FROM developments WHERE id = @developmentId;
            """, new { developmentId }, transaction, cancellationToken: cancellationToken));
        var places = await Connection.QueryAsync<DevelopmentMemory.PlaceRow>(new CommandDefinition($"""
            SELECT geoname_id AS GeonameId, name AS Name, country AS Country, latitude AS Latitude, longitude AS Longitude
            FROM development_places WHERE development_id = @developmentId
            ORDER BY {database.Sql(sqlite: "rowid", postgres: "seq")};
            """, new { developmentId }, transaction, cancellationToken: cancellationToken));
        memory = new DevelopmentMemory([.. rows.Select(Read)], state, [.. places]);
        _written[developmentId] = memory;
        return memory;
    }

    /// <summary>Hands what this merge wrote to the cache: call once its transaction has committed.</summary>
    public void Committed()
    {
        foreach (var (id, memory) in _written)
        {
            cache.Put(id, memory);
        }
    }

    /// <summary>What the development's sources now say of it: headline, summary, firmest certainty, outlets, latest report.</summary>
    public async Task UpdateAsync(long developmentId, string headline, string summary, Certainty certainty, double significance, int confirmations, DateTimeOffset seen)
    {
        var memory = await MemoryAsync(developmentId);
        var old = memory.State;
        var seenText = Iso.Format(seen);
        var row = old with
        {
            Headline = DevelopmentMemory.Stored(headline),
            Summary = DevelopmentMemory.Stored(summary),
            Certainty = certainty.ToString(),
            Confirmations = confirmations,
            Significance = Math.Max(old.Significance, significance),
            Updated = string.CompareOrdinal(seenText, old.Updated) > 0 ? seenText : old.Updated,
        };
        if (row == old)
        {
            return;
        }

        var greatest = database.Sql(sqlite: "MAX", postgres: "GREATEST");
        await merge.RunAsync($"""
            UPDATE developments
            SET headline = @headline, summary = @summary, certainty = @Certainty, confirmations = @confirmations,
                significance = {greatest}(significance, @significance), updated_utc = {greatest}(updated_utc, @Seen)
            WHERE id = @developmentId;
            """,
            transaction,
            cancellationToken,
            ("headline", headline), ("summary", summary), ("Certainty", row.Certainty), ("confirmations", confirmations), ("significance", significance),
            ("Seen", seenText), ("developmentId", developmentId));
        _written[developmentId] = memory with { State = row };
    }

    /// <summary>Rewrites the development's places in rank order (the order <c>/city</c> and alerts show them in).</summary>
    public async Task SetPlacesAsync(long developmentId, IReadOnlyList<Place> places)
    {
        var memory = await MemoryAsync(developmentId);
        // As the rows would be: one per place, the first mention's rank.
        DevelopmentMemory.PlaceRow[] rows = [.. places
            .DistinctBy(p => p.GeonameId)
            .Select(p => new DevelopmentMemory.PlaceRow(p.GeonameId, DevelopmentMemory.Stored(p.EnglishName), DevelopmentMemory.Stored(p.CountryCode), p.Latitude, p.Longitude))];
        if (rows.SequenceEqual(memory.Places))
        {
            return;
        }

        if (memory.Places.Count > 0)
        {
            await merge.RunAsync(
                "DELETE FROM development_places WHERE development_id = @developmentId;", transaction, cancellationToken, ("developmentId", developmentId));
        }

        if (rows.Length > 0)
        {
            // One statement for all (a handful of places, MaxPlaces at most), in rank order; one kept command per count.
            var parameters = new (string, object?)[1 + (5 * rows.Length)];
            parameters[0] = ("developmentId", developmentId);
            var values = new string[rows.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                parameters[1 + (5 * i)] = ($"g{i}", rows[i].GeonameId);
                parameters[2 + (5 * i)] = ($"n{i}", rows[i].Name);
                parameters[3 + (5 * i)] = ($"c{i}", rows[i].Country);
                parameters[4 + (5 * i)] = ($"la{i}", rows[i].Latitude);
                parameters[5 + (5 * i)] = ($"lo{i}", rows[i].Longitude);
                values[i] = $"(@developmentId, @g{i}, @n{i}, @c{i}, @la{i}, @lo{i})";
            }

            await merge.RunAsync($"""
                INSERT INTO development_places (development_id, geoname_id, name, country, latitude, longitude)
                VALUES {string.Join(", ", values)};
                """, transaction, cancellationToken, parameters);
        }

        _written[developmentId] = memory with { Places = rows };
    }

    /// <summary>Marks the development an alert; <paramref name="heldBack"/>: every report so far is stale, so nobody is sent it yet.</summary>
    public async Task MarkAlertAsync(long developmentId, bool heldBack)
    {
        var memory = await MemoryAsync(developmentId);
        var held = heldBack ? 1 : 0;
        await Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE developments SET is_alert = 1, alert_suppressed = @held WHERE id = @developmentId;",
            new { developmentId, held }, transaction, cancellationToken: cancellationToken));
        _written[developmentId] = memory with { State = memory.State with { IsAlert = 1, HeldBack = held } };
    }

    public Task EnqueueAlertAsync(long developmentId, DateTimeOffset now) => Outbox.EnqueueAlertAsync(Connection, transaction, developmentId, now, cancellationToken);

    public Task EnqueueUpdateAsync(long developmentId, DateTimeOffset now) => Outbox.EnqueueUpdateAsync(Connection, transaction, developmentId, now, cancellationToken);

    /// <summary>Adds the counts of merges up to <paramref name="last"/> to term_stats, one statement per few hundred words.</summary>
    private async Task FoldTermsAsync(long last)
    {
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var terms in await Connection.QueryAsync<string>(new CommandDefinition(
            "SELECT terms FROM term_observations WHERE id <= @last;", new { last }, transaction, cancellationToken: cancellationToken)))
        {
            SignalCodec.AddCounts(terms, totals);
        }

        // One statement with the words as one value (a JSON object on SQLite, two arrays on PostgreSQL): thousands of
        // parameters would cost more to bind than the rows cost to write.
        var sql = database.Sql(
            sqlite: "SELECT key, value FROM json_each(@counts) WHERE true",
            postgres: "SELECT * FROM unnest(@terms, @documents)");
        await Connection.ExecuteAsync(new CommandDefinition($"""
            INSERT INTO term_stats (term, documents)
            {sql}
            ON CONFLICT (term) DO UPDATE SET documents = term_stats.documents + excluded.documents;
            """,
            database.Provider == StorageProvider.Postgres
                ? new { terms = totals.Keys.ToArray(), documents = totals.Values.ToArray() }
                : new { counts = Json(totals) },
            transaction, cancellationToken: cancellationToken));

        await Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM term_observations WHERE id <= @last;", new { last }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>{"word": count, ...}: written directly, as the serializer would, without its first-use cost in type metadata.</summary>
    internal static string Json(Dictionary<string, long> totals)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (term, documents) in totals)
            {
                writer.WriteNumber(term, documents);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private DevelopmentMemory? Remembered(long developmentId) => _written.GetValueOrDefault(developmentId) ?? cache.Get(developmentId);

    /// <summary>A source's facts from its row: the one way both a read and a write remember them.</summary>
    private static DevelopmentMemory.Source Read(SourceRow r) => new(
        new SourceFacts(
            // A file at the inbox's root names no outlet: it is one of its own.
            DevelopmentMemory.Stored(string.Equals(r.Outlet, AlertOutlets.InboxOutlet, StringComparison.OrdinalIgnoreCase) ? r.Source : r.Outlet),
            Enum.TryParse<ArticleKind>(r.Kind, out var kind) ? kind : ArticleKind.Report,
            r.Title is null ? null : DevelopmentMemory.Stored(r.Title),
            r.TitleStates == 1,
            DevelopmentMemory.Stored(r.Headline),
            r.Significance,
            Enum.TryParse<Certainty>(r.Certainty, out var certainty) ? certainty : Certainty.Stated,
            r.Fresh == 1,
            Iso.Parse(r.Seen),
            [.. r.PlaceIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture))],
            Enum.TryParse<EventAction>(r.Action, out var action) ? action : EventAction.Other),
        DevelopmentMemory.Stored(r.Summary),
        r.Seen,
        r.ArticleId);

    private sealed record SourceRow(
        long ArticleId, string Outlet, string Source, string Kind, string? Title, long TitleStates, string Headline, string Summary, double Significance, string Certainty, long Fresh, string Seen, string PlaceIds, string? Action);
}
