using AlertBot.Alerts.Embedding;
using AlertBot.Alerts.Grouping;
using AlertBot.Detection;
using AlertBot.Detection.Alerting;
using AlertBot.Detection.Grouping;
using AlertBot.Detection.Places;
using AlertBot.Storage;
using Microsoft.Extensions.Logging;

namespace AlertBot.Alerts;

/// <summary>
/// The pipeline, in its steps: detect (the engine reads the article), embed (headline and lead), group (which development
/// each report joins, <see cref="Grouper"/>), decide (whether the development alerts, <see cref="AlertPolicy"/>), word and
/// place it (<see cref="HeadlineChooser"/>, <see cref="DevelopmentPlaces"/>), and store it all with its outbox rows in one
/// transaction (<see cref="DevelopmentStore"/>), so an alert and its deliveries exist together or not at all.
/// Merges run one at a time on one connection kept open for them (<see cref="MergeConnection"/>).
/// </summary>
public sealed class ArticleProcessor(
    Database database,
    DetectionEngine engine,
    TextEmbedder embedder,
    TimeProvider clock,
    WakeSignal wakeSignal,
    ILogger<ArticleProcessor> logger,
    Microsoft.Extensions.Options.IOptions<AlertsOptions> options) : IAsyncDisposable, IDisposable
{
    /// <summary>Places shown and indexed per development: its own and the wider ones that contain it.</summary>
    private const int MaxPlaces = 8;

    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly GroupingState _state = new(options, engine.Gazetteer);

    /// <summary>Opened by the first merge, used under <see cref="_writer"/>; dropped after a failure (it may be broken) and reopened.</summary>
    private MergeConnection? _merge;

    /// <summary>What this worker remembers of the developments it merged into (tests hold it against the store).</summary>
    internal DevelopmentCache Developments => _state.Developments;

    public async Task<ArticleOutcome> ProcessAsync(IncomingArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var hash = ContentHash.Of(article.Title, article.Body);
        // A moment under the merge lock, for its connection: detection, below, runs outside it.
        await _writer.WaitAsync(cancellationToken);
        try
        {
            if (await DevelopmentStore.KnownAsync(await MergeAsync(cancellationToken), hash, cancellationToken) is { } known)
            {
                return ArticleOutcome.AlreadySeen with { DevelopmentIds = known };
            }
        }
        catch
        {
            await DropMergeAsync();
            throw;
        }
        finally
        {
            _writer.Release();
        }

        var now = clock.GetUtcNow();
        var published = article.Published ?? now;
        var analysis = engine.Analyze(new ArticleText(article.Source, article.Title, article.Body, published, article.Outlet, article.Url));
        var embeddings = embedder.Embed([.. analysis.Developments.Select(d => EmbeddingText(d.Text))]);

        // Grouping reads the recent reports and then writes: one merge at a time (across workers too, see
        // Database.BeginMergeAsync) keeps two outlets' simultaneous reports of one development from both starting alerts.
        await _writer.WaitAsync(cancellationToken);
        try
        {
            var merge = await MergeAsync(cancellationToken);
            await using var transaction = await database.BeginMergeAsync(merge.Connection, cancellationToken);
            var grouper = await _state.GetAsync(merge, transaction, cancellationToken);
            var choices = grouper.Choose(analysis, embeddings, published);
            var store = new DevelopmentStore(database, merge, transaction, _state.Developments, cancellationToken);
            var stored = await StoreAsync(store, article, hash, published, now, analysis, choices);
            if (stored is null)
            {
                _state.Reset();
                return ArticleOutcome.AlreadySeen;
            }

            await transaction.CommitAsync(cancellationToken);
            store.Committed();
            grouper.Commit(choices, stored.Value.PerChoice);
            var outcome = stored.Value.Outcome;
            foreach (var alerted in outcome.NewAlertIds)
            {
                // As a restart reads it back: a sent alert draws near reports of its event in.
                grouper.Index.MarkAlerted(alerted);
            }

            if (outcome.NewAlertIds.Count > 0 || outcome.UpdatedAlertIds.Count > 0)
            {
                wakeSignal.Notify();
            }

            logger.LogInformation(
                "Processed {Source}: {Developments} developments, {NewAlerts} new alerts, {Updated} updated",
                article.Source, outcome.DevelopmentIds.Count, outcome.NewAlertIds.Count, outcome.UpdatedAlertIds.Count);
            return outcome;
        }
        catch
        {
            // The grouper observed words of a transaction that did not commit: read it back from the store.
            _state.Reset();
            await DropMergeAsync();
            throw;
        }
        finally
        {
            _writer.Release();
        }
    }

    public ValueTask DisposeAsync() => new(DropMergeAsync());

    public void Dispose()
    {
        _merge?.Dispose();
        _merge = null;
    }

    /// <summary>"Headline. Lead": the sentence embedding reads them as the two sentences they are.</summary>
    internal static string EmbeddingText(IReadOnlyList<string> lines) =>
        string.Join(' ', lines.Select(l => l.TrimEnd().Length > 0 && char.IsLetterOrDigit(l.TrimEnd()[^1]) ? l.TrimEnd() + "." : l.TrimEnd()));

    private async Task<(ArticleOutcome Outcome, long[] PerChoice)?> StoreAsync(
        DevelopmentStore store,
        IncomingArticle article,
        string hash,
        DateTimeOffset published,
        DateTimeOffset now,
        ArticleAnalysis analysis,
        IReadOnlyList<GroupingChoice> choices)
    {
        var articleId = await store.InsertArticleAsync(article, hash, published, now);
        if (articleId is null)
        {
            return null;
        }

        await store.ObserveTermsAsync([.. choices.Where(c => c.SameAs < 0)]);
        var ids = new long[choices.Count];
        var newAlerts = new List<long>();
        var updated = new List<long>();
        for (var i = 0; i < choices.Count; i++)
        {
            var development = analysis.Developments[i];
            var choice = choices[i];
            if (choice.SameAs >= 0)
            {
                ids[i] = ids[choice.SameAs];
                await store.AddEvidenceAsync(ids[i], articleId.Value, development);
                continue;
            }

            var id = choice.Match?.DevelopmentId ?? await store.InsertDevelopmentAsync(development, published);
            ids[i] = id;
            var facts = new SourceFacts(
                article.Outlet,
                analysis.Kind,
                i == 0 ? analysis.Title : null,
                i == 0 && analysis.TitleStatesNews,
                development.Headline,
                development.Significance,
                development.Certainty,
                !article.SuppressAlerts,
                published,
                [.. development.Places.Select(p => p.GeonameId)],
                choice.Signal.Action);
            await store.AddSourceAsync(id, articleId.Value, article, development, facts, choice.Signal);
            await DecideAsync(store, id, now, newAlerts, updated);
        }

        var outcome = new ArticleOutcome(false, articleId, [.. ids.Distinct()], newAlerts, updated, analysis.Places);
        return (outcome, ids);
    }

    /// <summary>From the development's sources as stored, settles its headline, places, confirmations and alert.</summary>
    private async Task DecideAsync(DevelopmentStore store, long id, DateTimeOffset now, List<long> newAlerts, List<long> updated)
    {
        var memory = await store.MemoryAsync(id);
        var sources = memory.Sources;
        var facts = sources.Select(s => s.Facts).ToList();
        var state = memory.State;
        var (lead, headline) = HeadlineChooser.Choose(facts);
        var summary = sources[facts.IndexOf(lead)].Summary;
        var certainty = facts.Max(f => f.Certainty);
        var confirmations = Math.Max(1, AlertPolicy.Outlets(facts));
        await store.UpdateAsync(id, headline, summary, certainty, facts.Max(f => f.Significance), confirmations, facts.Max(f => f.Seen));
        var places = DevelopmentPlaces.Rank(facts, Specificity)
            .Select(p => engine.Gazetteer.FindById(p))
            .OfType<Place>()
            .Take(MaxPlaces)
            .ToList();
        await store.SetPlacesAsync(id, places);

        var alerts = AlertPolicy.ShouldAlert(facts, headline);
        if (state.IsAlert == 0)
        {
            if (alerts)
            {
                await store.MarkAlertAsync(id, heldBack: false);
                await store.EnqueueAlertAsync(id, now);
                newAlerts.Add(id);
            }
            else if (AlertPolicy.ShouldAlert([.. facts.Select(f => f with { Fresh = true })], headline))
            {
                // Worth an alert, but every report is old (found after downtime): listed, sent to nobody until a fresh report.
                await store.MarkAlertAsync(id, heldBack: true);
            }

            return;
        }

        if (state.HeldBack == 1 && alerts)
        {
            // Every earlier report was stale: this fresh one is the first anyone hears of it.
            await store.MarkAlertAsync(id, heldBack: false);
            await store.EnqueueAlertAsync(id, now);
            newAlerts.Add(id);
        }
        else if (headline != state.Headline || confirmations != state.Confirmations || certainty.ToString() != state.Certainty)
        {
            // What is known changed (another outlet, a firmer or fuller report): the alert is updated, never repeated.
            await store.EnqueueUpdateAsync(id, now);
            updated.Add(id);
        }
    }

    private async Task<MergeConnection> MergeAsync(CancellationToken cancellationToken) =>
        _merge ??= new MergeConnection(await database.OpenAsync(cancellationToken));

    private async Task DropMergeAsync()
    {
        if (_merge is { } merge)
        {
            _merge = null;
            await merge.DisposeAsync();
        }
    }

    private int Specificity(int geonameId) => engine.Gazetteer.FindById(geonameId) switch
    {
        { IsSettlement: true } => 0,
        { IsRegion: true } => 1,
        _ => 2,
    };
}
