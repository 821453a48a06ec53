using AlertBot.Alerts;
using AlertBot.Ingestion.Feeds;
using AlertBot.Storage;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Ingestion;

/// <summary>
/// One pass over the inbox: every settled, unseen file goes through the pipeline once. Files stay where
/// they are (the inbox may be someone's folder); what was done is recorded in <c>inbox_files</c> so a
/// restart neither reprocesses nor skips anything. Unreadable files are quarantined; anything else that
/// fails backs off (see <see cref="InboxFaults"/>) and is retried.
/// </summary>
public sealed class InboxScanner(
    ArticleProcessor processor,
    Database database,
    IOptions<InboxOptions> options,
    IOptions<FeedsOptions> feedOptions,
    TimeProvider clock,
    ILogger<InboxScanner> logger)
{
    /// <summary>
    /// A file that changes after it was read is read again only once it has been left alone this long (or ten
    /// settle periods): a writer that rewrites a file every few seconds, taking no lock, would otherwise have
    /// each of its pauses read as a new report.
    /// </summary>
    public static readonly TimeSpan RewriteQuiet = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly InboxFaults _faults = new(clock, logger);
    private long _passes;

    /// <summary>Read when first needed, not at construction, so options are validated (all at once) first.</summary>
    public string Root => field ??= Path.GetFullPath(options.Value.Path);

    /// <summary>Passes run since start (an idle inbox must not be rescanned in a loop).</summary>
    internal long Passes => Interlocked.Read(ref _passes);

    /// <summary>Never throws but for cancellation: failures are recorded, logged once and retried with backoff.</summary>
    public async Task<InboxScanResult> ScanAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Interlocked.Increment(ref _passes);
            if (_faults.StorageBlockedUntil() is { } blocked)
            {
                return new InboxScanResult(0, 0, 0, 0, blocked);
            }

            try
            {
                var result = await ScanOnceAsync(cancellationToken);
                _faults.PassCompleted();
                return result;
            }
            catch (Exception ex) when (InboxFaults.IsStorageFault(ex) && !cancellationToken.IsCancellationRequested)
            {
                return new InboxScanResult(0, 0, 0, 1, _faults.StorageFailed(ex));
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<InboxScanResult> ScanOnceAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Root);
        var settings = options.Value;
        var settle = TimeSpan.FromMilliseconds(settings.SettleMilliseconds);
        var rewriteQuiet = settle * 10 > RewriteQuiet ? settle * 10 : RewriteQuiet;
        var now = clock.GetUtcNow();
        var files = InboxFiles.Enumerate(Root, _faults.PassedOver);
        var known = await KnownAsync(files.Select(RelativeOf).ToList(), cancellationToken);

        int processed = 0, duplicates = 0, quarantined = 0, failed = 0;
        DateTimeOffset? retryAt = null;
        void RetryAt(DateTimeOffset at) => retryAt = retryAt is null || at < retryAt ? at : retryAt;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = RelativeOf(file);
            var modified = Iso.Format(file.LastWriteTimeUtc);
            var rewritten = known.TryGetValue(relative, out var seen);
            if (rewritten && seen.Size == file.Length && seen.Modified == modified)
            {
                continue;
            }

            if (_faults.FileBlockedUntil(relative) is { } blocked)
            {
                RetryAt(blocked);
                continue;
            }

            var settledAt = new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero) + (rewritten ? rewriteQuiet : settle);
            if (settledAt > now || IsOpenForWriting(file.FullName))
            {
                RetryAt(settledAt > now ? settledAt : now + settle);
                continue;
            }

            try
            {
                var articles = await ReadAsync(file, relative, settings, now, cancellationToken);
                var fresh = 0;
                foreach (var article in articles)
                {
                    fresh += (await processor.ProcessAsync(article, cancellationToken)).Duplicate ? 0 : 1;
                }

                var hash = articles.Count == 1 ? ContentHash.Of(articles[0].Title, articles[0].Body) : null;
                await RecordAsync(relative, file.Length, modified, hash, fresh == 0 ? "duplicate" : "processed", cancellationToken);
                _faults.FileDone(relative);
                if (fresh == 0)
                {
                    duplicates++;
                }
                else
                {
                    processed++;
                }
            }
            catch (UnreadableArticleException ex)
            {
                quarantined++;
                QuarantineFile(file, relative, ex.Message);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                // Gone between listing and reading: nothing to do.
            }
            catch (Exception ex) when (ex is not OperationCanceledException && !InboxFaults.IsStorageFault(ex))
            {
                failed++;
                RetryAt(_faults.FileFailed(relative, ex));
            }
        }

        return new InboxScanResult(processed, duplicates, quarantined, failed, retryAt);
    }

    /// <summary>
    /// The file's articles. Whatever goes wrong in reading and parsing it (but an I/O error, which may pass) is
    /// the file's fault and makes it unreadable: retrying the same bytes would fail the same way for ever.
    /// </summary>
    /// <summary>
    /// The records of the files in the folder now, by primary key: the table also remembers files long gone (until
    /// retention prunes them), and a pass must not read all of those to find the few it needs.
    /// </summary>
    internal string KnownFilesSql => $"SELECT path, size, modified_utc FROM inbox_files WHERE path {database.InList("paths")};";

    private async Task<Dictionary<string, (long Size, string Modified)>> KnownAsync(List<string> paths, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, (long Size, string Modified)>(StringComparer.Ordinal);
        if (paths.Count == 0)
        {
            return known;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in paths.Chunk(500))
        {
            var rows = await connection.QueryAsync<(string Path, long Size, string Modified)>(new CommandDefinition(
                KnownFilesSql, new { paths = chunk }, cancellationToken: cancellationToken));
            foreach (var row in rows)
            {
                known[row.Path] = (row.Size, row.Modified);
            }
        }

        return known;
    }

    private string RelativeOf(FileInfo file) => Path.GetRelativePath(Root, file.FullName).Replace('\\', '/');

    private async Task<IReadOnlyList<IncomingArticle>> ReadAsync(FileInfo file, string relative, InboxOptions settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var isFeed = FeedFileReader.IsCandidate(file.FullName);
            if (!isFeed && !ArticleFileReader.Extensions.Contains(file.Extension))
            {
                throw new UnreadableArticleException($"unsupported file type '{file.Extension}' (use {string.Join(", ", ArticleFileReader.Extensions.Order())}, or a feed file .rss, .atom, .xml)");
            }

            // A feed file dropped in the inbox is read item by item, each item its own article, old items not alerting.
            var articles = isFeed && await FeedFileReader.ReadAsync(file.FullName, settings.MaxFileBytes, now, feedOptions.Value.MaxItemAge, cancellationToken) is { } items
                ? items
                : [await ArticleFileReader.ReadAsync(file.FullName, relative, OutletOf(relative), settings.MaxFileBytes, cancellationToken)];
            return articles.Select(a => a.ReceivedAt(now)).ToList();
        }
        catch (Exception ex) when (ex is not (UnreadableArticleException or OperationCanceledException or IOException or UnauthorizedAccessException))
        {
            throw new UnreadableArticleException($"the file could not be parsed ({ex.GetType().Name}: {ex.Message})");
        }
    }

    private void QuarantineFile(FileInfo file, string relative, string reason)
    {
        try
        {
            var target = Quarantine.Move(Root, file.FullName, reason, clock.GetUtcNow());
            logger.LogWarning("Quarantined {File}: {Reason} (moved to {Target})", relative, reason, target);
            _faults.FileDone(relative);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left in place (a full disk, a read-only folder): backed off like any failure, not retried at once.
            _faults.FileFailed(relative, new IOException($"could not quarantine it ({reason}): {ex.Message}", ex));
        }
    }

    private static bool IsOpenForWriting(string path)
    {
        try
        {
            // .NET writers hold a shared lock on Unix and a share mode on Windows: an exclusive open fails while they write.
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>Files in a sub-folder are taken to come from the outlet the folder is named after.</summary>
    public static string OutletOf(string relative)
    {
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? relative[..slash] : "inbox";
    }

    private async Task RecordAsync(string path, long size, string modified, string? hash, string outcome, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO inbox_files (path, size, modified_utc, content_hash, outcome, processed_utc)
            VALUES (@path, @size, @modified, @hash, @outcome, @now)
            ON CONFLICT (path) DO UPDATE SET size = excluded.size, modified_utc = excluded.modified_utc,
                content_hash = excluded.content_hash, outcome = excluded.outcome, processed_utc = excluded.processed_utc;
            """, new { path, size, modified, hash, outcome, now = Iso.Format(clock.GetUtcNow()) }, cancellationToken: cancellationToken));
    }
}
