using AlertBot.Alerts;

namespace AlertBot.Ingestion.Feeds;

/// <summary>Feed files (inbox, replay): each item becomes an article whose source is the item's link (guid without one).</summary>
public static class FeedFileReader
{
    private static readonly FeedParser Parser = new();

    public static bool IsCandidate(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".rss" or ".atom" or ".xml" or ".json";

    /// <returns>
    /// The items as articles; null for a .json file that is not a JSON Feed (read it as a JSON article instead).
    /// </returns>
    /// <param name="maxItemAge">Items older than this at <paramref name="now"/> never alert (as in a polled feed); null: all may.</param>
    /// <exception cref="UnreadableArticleException">An XML feed file that cannot be read, with the parser's reason.</exception>
    public static async Task<IReadOnlyList<IncomingArticle>?> ReadAsync(string path, long maxBytes, DateTimeOffset now, TimeSpan? maxItemAge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (info.Length > maxBytes)
        {
            throw new UnreadableArticleException($"too large ({info.Length} bytes > {maxBytes})");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var result = Parser.Parse(bytes);
        var isJson = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase);
        if (!result.IsFeed)
        {
            return isJson ? null : throw new UnreadableArticleException(result.Refusal!);
        }

        var outlet = string.IsNullOrWhiteSpace(result.Title) ? Path.GetFileNameWithoutExtension(path) : result.Title;
        return result.Items
            .Where(item => item.HasText)
            .Select(item => maxItemAge is { } age
                ? FeedArticleMapper.ToIncoming(outlet, item, null, now, age)
                : new IncomingArticle(item.SourceLink ?? item.Link ?? item.Id ?? item.Key, outlet, item.Title, item.Body, item.Link, item.Published))
            .ToList();
    }
}
