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
/// fails is logged and retried on the next pass.
/// </summary>
public sealed class InboxScanner(
    ArticleProcessor processor,
    Database database,
    IOptions<InboxOptions> options,
    TimeProvider clock,
    ILogger<InboxScanner> logger)
{
    private static readonly string[] PartialSuffixes = [".tmp", ".part", ".partial", ".crdownload", ".swp", "~"];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Root { get; } = Path.GetFullPath(options.Value.Path);

    public async Task<InboxScanResult> ScanAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await ScanOnceAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<InboxScanResult> ScanOnceAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Root);
        var settle = TimeSpan.FromMilliseconds(options.Value.SettleMilliseconds);
        var now = clock.GetUtcNow();
        Dictionary<string, (long Size, string Modified)> known;
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            known = (await connection.QueryAsync<(string Path, long Size, string Modified)>(new CommandDefinition("SELECT path, size, modified_utc FROM inbox_files;", cancellationToken: cancellationToken)))
                .ToDictionary(r => r.Path, r => (r.Size, r.Modified), StringComparer.Ordinal);
        }

        int processed = 0, duplicates = 0, quarantined = 0, failed = 0;
        DateTimeOffset? retryAt = null;
        foreach (var file in Candidates())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(Root, file.FullName).Replace('\\', '/');
            var modified = Iso.Format(file.LastWriteTimeUtc);
            if (known.TryGetValue(relative, out var seen) && seen.Size == file.Length && seen.Modified == modified)
            {
                continue;
            }

            var settledAt = new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero) + settle;
            if (settledAt > now || IsOpenForWriting(file.FullName))
            {
                var next = settledAt > now ? settledAt : now + settle;
                retryAt = retryAt is null || next < retryAt ? next : retryAt;
                continue;
            }

            try
            {
                var isFeed = FeedFileReader.IsCandidate(file.FullName);
                if (!isFeed && !ArticleFileReader.Extensions.Contains(file.Extension))
                {
                    throw new UnreadableArticleException($"unsupported file type '{file.Extension}' (use {string.Join(", ", ArticleFileReader.Extensions.Order())}, or a feed file .rss, .atom, .xml)");
                }

                // A feed file dropped in the inbox is read item by item, each item its own article.
                var articles = isFeed && await FeedFileReader.ReadAsync(file.FullName, options.Value.MaxFileBytes, cancellationToken) is { } items
                    ? items
                    : [await ArticleFileReader.ReadAsync(file.FullName, relative, OutletOf(relative), options.Value.MaxFileBytes, cancellationToken)];
                var fresh = 0;
                foreach (var article in articles)
                {
                    fresh += (await processor.ProcessAsync(article, cancellationToken)).Duplicate ? 0 : 1;
                }

                var hash = articles.Count == 1 ? ContentHash.Of(articles[0].Title, articles[0].Body) : null;
                await RecordAsync(relative, file.Length, modified, hash, fresh == 0 ? "duplicate" : "processed", cancellationToken);
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
                try
                {
                    var target = Quarantine.Move(Root, file.FullName, ex.Message, clock.GetUtcNow());
                    logger.LogWarning("Quarantined {File}: {Reason} (moved to {Target})", relative, ex.Message, target);
                }
                catch (IOException moveError)
                {
                    logger.LogError(moveError, "Could not quarantine {File} ({Reason})", relative, ex.Message);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed++;
                logger.LogError(ex, "Failed to ingest {File}; it will be retried on the next scan", relative);
            }
        }

        return new InboxScanResult(processed, duplicates, quarantined, failed, retryAt);
    }

    private IEnumerable<FileInfo> Candidates()
    {
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        return new DirectoryInfo(Root)
            .EnumerateFiles("*", enumeration)
            .Where(f => !IsHiddenPath(Path.GetRelativePath(Root, f.FullName)) && !ArticleFileReader.IsDocumentation(f.Name) && !PartialSuffixes.Any(s => f.Name.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(f => f.LastWriteTimeUtc)
            .ThenBy(f => f.FullName, StringComparer.Ordinal);
    }

    /// <summary>Dot-folders (.failed, an editor's .git) and dotfiles are not articles.</summary>
    private static bool IsHiddenPath(string relative) =>
        relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.'));

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
