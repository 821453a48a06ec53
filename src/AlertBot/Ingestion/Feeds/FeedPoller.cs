using System.Collections.Concurrent;
using AlertBot.Alerts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Ingestion.Feeds;

/// <summary>
/// One poll of one feed: conditional GET, parse, new items to the pipeline oldest first, state and health
/// bookkeeping. Logs the first failure and state changes (unhealthy, recovered), not every attempt.
/// </summary>
public sealed class FeedPoller(
    FeedHttpClient http,
    FeedParser parser,
    FeedHealthStore health,
    FeedItemLedger ledger,
    ArticlePageReader pages,
    ArticleProcessor processor,
    IOptions<FeedsOptions> options,
    TimeProvider clock,
    ILogger<FeedPoller> logger)
{
    /// <summary>The last note logged per feed (items sharing a guid), so a feed that always does it is told once.</summary>
    private readonly ConcurrentDictionary<string, string> _notes = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, int> _itemFailures = new(StringComparer.Ordinal);

    private const int MaxItemAttempts = 5;

    private const string FeedAccept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    public async Task<FeedPollOutcome> PollAsync(FeedSourceOptions feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var now = clock.GetUtcNow();
        var state = await health.GetAsync(feed.Name, cancellationToken);
        if (state.NextPollUtc is { } next && next > now)
        {
            return FeedPollOutcome.Skipped;
        }

        var url = new Uri(feed.Url);
        var fetch = await http.GetAsync(url, FeedAccept, state.ETag, state.LastModified, cancellationToken);
        if (fetch.Status == FetchStatus.Failed)
        {
            return await FailAsync(feed, state, fetch.Error ?? "unknown error", fetch.RetryAfter, now, cancellationToken);
        }

        if (fetch.Status == FetchStatus.NotModified)
        {
            await SucceedAsync(feed, state, state.ETag, state.LastModified, now, cancellationToken);
            return FeedPollOutcome.NotModified;
        }

        FeedParseResult parsed;
        int added, failed;
        try
        {
            parsed = parser.Parse(fetch.Body, fetch.Charset, fetch.FinalUrl ?? url);
            if (!parsed.IsFeed)
            {
                return await FailAsync(feed, state, parsed.Refusal!, null, now, cancellationToken);
            }

            NoteOnce(feed, parsed.Note);
            (added, failed) = await IngestAsync(feed, parsed.Items, now, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A bug or a storage fault: this feed backs off like any failing feed instead of failing every poll at once.
            return await FailAsync(feed, state, $"{ex.GetType().Name}: {ex.Message}", null, now, cancellationToken, ex);
        }

        // Validators are stored only after the items are in, so a crash mid-poll re-reads the feed; after an
        // item failed they are dropped, or a 304 would keep that item from its retry.
        await SucceedAsync(feed, state, failed == 0 ? fetch.ETag : null, failed == 0 ? fetch.LastModified : null, now, cancellationToken);
        if (added > 0)
        {
            logger.LogInformation("Feed {Feed}: {New} new items", feed.Name, added);
        }

        return new FeedPollOutcome(FeedPollStatus.Fetched, added, failed, null);
    }

    private async Task<(int Added, int Failed)> IngestAsync(FeedSourceOptions feed, IReadOnlyList<FeedItem> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var added = 0;
        var failed = 0;
        // Some feeds give every item the same link (the home page): such a link says nothing about identity.
        var sharedLinks = items.Where(i => i.Link is not null).GroupBy(i => i.Link).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        // Oldest first so merging sees a development's first report first; undated items count as "now".
        foreach (var item in items.Where(i => i.HasText).OrderBy(i => i.Published ?? now))
        {
            try
            {
                var identityLink = IdentifiesArticle(item.Link, sharedLinks) ? item.Link : null;
                if (await ledger.IsKnownAsync(feed.Name, item, identityLink, cancellationToken))
                {
                    continue;
                }

                string? fullText = null;
                if (feed.FetchFullText && item.Link is not null && !FeedArticleMapper.IsStale(item, now, options.Value.MaxItemAge))
                {
                    fullText = await pages.ReadAsync(new Uri(item.Link), cancellationToken);
                }

                var article = FeedArticleMapper.ToIncoming(feed.Name, item, fullText, now, options.Value.MaxItemAge);
                await processor.ProcessAsync(article, cancellationToken);
                await ledger.RememberAsync(feed.Name, item, identityLink, now, cancellationToken);
                added++;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && !InboxFaults.IsStorageFault(ex))
            {
                failed++;
                await ItemFailedAsync(feed, item, ex, now, cancellationToken);
            }
        }

        return (added, failed);
    }

    /// <summary>
    /// A failing item is retried at the next polls, its exception logged the first time only; after
    /// <see cref="MaxItemAttempts"/> it is given up (remembered as read), so one poison item cannot fail a feed for ever.
    /// </summary>
    private async Task ItemFailedAsync(FeedSourceOptions feed, FeedItem item, Exception ex, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var name = item.Link is null ? item.Key : UrlRedactor.Redact(item.Link);
        var attempts = _itemFailures.AddOrUpdate(feed.Name + "|" + item.Key, 1, (_, n) => n + 1);
        if (attempts == 1)
        {
            logger.LogError(ex, "Feed {Feed}: item {Item} could not be processed; it will be retried next poll", feed.Name, name);
        }
        else if (attempts < MaxItemAttempts)
        {
            logger.LogDebug("Feed {Feed}: item {Item} failed again ({Attempts} attempts): {Error}", feed.Name, name, attempts, ex.Message);
        }
        else
        {
            logger.LogWarning("Feed {Feed}: item {Item} failed {Attempts} times and is skipped from now on: {Error}", feed.Name, name, attempts, ex.Message);
            _itemFailures.TryRemove(feed.Name + "|" + item.Key, out _);
            await ledger.RememberAsync(feed.Name, item, null, now, cancellationToken);
        }
    }

    private void NoteOnce(FeedSourceOptions feed, string? note)
    {
        if (note is null)
        {
            _notes.TryRemove(feed.Name, out _);
        }
        else if (!_notes.TryGetValue(feed.Name, out var last) || last != note)
        {
            _notes[feed.Name] = note;
            logger.LogWarning("Feed {Feed}: {Note}", feed.Name, note);
        }
    }

    private static bool IdentifiesArticle(string? link, HashSet<string?> sharedLinks) =>
        link is not null && !sharedLinks.Contains(link) && new Uri(link).AbsolutePath.Length > 1;

    private async Task SucceedAsync(FeedSourceOptions feed, FeedHealth state, string? etag, string? lastModified, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await health.RecordSuccessAsync(feed.Name, etag, lastModified, now, cancellationToken);
        if (state.ConsecutiveFailures > 0)
        {
            logger.LogInformation("Feed {Feed} recovered after {Failures} failed polls", feed.Name, state.ConsecutiveFailures);
        }
    }

    private async Task<FeedPollOutcome> FailAsync(FeedSourceOptions feed, FeedHealth state, string error, TimeSpan? retryAfter, DateTimeOffset now, CancellationToken cancellationToken, Exception? exception = null)
    {
        var settings = options.Value;
        var failures = state.ConsecutiveFailures + 1;
        var healthy = failures < settings.UnhealthyAfterFailures;
        var delay = healthy
            ? FeedBackoff.Delay(failures, TimeSpan.FromSeconds(feed.IntervalSeconds), settings.MaxBackoff, retryAfter, Random.Shared.NextDouble())
            : FeedBackoff.Delay(1, settings.UnhealthyRetryInterval, settings.UnhealthyRetryInterval, retryAfter, Random.Shared.NextDouble());
        await health.RecordFailureAsync(feed.Name, failures, healthy, now, now + delay, error, cancellationToken);

        var url = UrlRedactor.Redact(feed.Url);
        if (failures == 1)
        {
            logger.LogWarning(exception, "Feed {Feed} ({Url}) failed: {Error}; retrying in {Delay}", feed.Name, url, error, delay);
        }
        else if (!healthy && state.Healthy)
        {
            logger.LogError("Feed {Feed} ({Url}) marked unhealthy after {Failures} consecutive failures, last: {Error}; retrying every {Interval}",
                feed.Name, url, failures, error, settings.UnhealthyRetryInterval);
        }
        else
        {
            logger.LogDebug("Feed {Feed} failed again ({Failures} in a row): {Error}", feed.Name, failures, error);
        }

        return FeedPollOutcome.Failed(error);
    }
}
