using AlertBot.Alerts;

namespace AlertBot.Cli.Replay;

/// <summary>Feed files in a replay: each item becomes an article whose source is the item's link.</summary>
public static class FeedFiles
{
    public static bool IsFeed(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".rss" or ".atom" or ".xml";

    public static Task<IReadOnlyList<IncomingArticle>> ReadAsync(string path, CancellationToken cancellationToken) =>
        throw new AlertBot.Ingestion.UnreadableArticleException($"feed files are not supported yet: {Path.GetFileName(path)}");
}
