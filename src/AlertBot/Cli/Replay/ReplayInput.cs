using AlertBot.Alerts;
using AlertBot.Ingestion;
using AlertBot.Ingestion.Feeds;

namespace AlertBot.Cli.Replay;

/// <summary>Collects the articles a replay runs over: files and folders (recursively), each source relative to the path given.</summary>
public static class ReplayInput
{
    public static async Task<(List<IncomingArticle> Articles, List<string> Skipped)> ReadAsync(IEnumerable<string> paths, long maxBytes, CancellationToken cancellationToken)
    {
        var articles = new List<IncomingArticle>();
        var skipped = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            var (root, files) = Directory.Exists(full)
                ? (full, Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetRelativePath(full, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith('.')))
                    .Order(StringComparer.Ordinal).ToList())
                : (Path.GetDirectoryName(full)!, [full]);
            foreach (var file in files)
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (ArticleFileReader.IsDocumentation(file))
                {
                    continue;
                }

                try
                {
                    if (FeedFileReader.IsCandidate(file) && await FeedFileReader.ReadAsync(file, maxBytes, DateTimeOffset.UtcNow, maxItemAge: null, cancellationToken) is { } items)
                    {
                        articles.AddRange(items);
                        continue;
                    }

                    if (!ArticleFileReader.Extensions.Contains(Path.GetExtension(file)))
                    {
                        skipped.Add($"{relative}: not an article or feed file");
                        continue;
                    }

                    articles.Add(await ArticleFileReader.ReadAsync(file, relative, InboxScanner.OutletOf(relative), maxBytes, cancellationToken));
                }
                catch (UnreadableArticleException ex)
                {
                    skipped.Add($"{relative}: {ex.Message}");
                }
            }
        }

        return (articles, skipped);
    }
}
