using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AlertBot.Ingestion.Feeds;

/// <summary>Raw fields of any feed format → a clean <see cref="FeedItem"/> with a stable key.</summary>
internal static class FeedItemFactory
{
    public static FeedItem? Create(string? id, string? link, string? title, string? summaryHtml, string? contentHtml, DateTimeOffset? published, Uri? baseUri)
    {
        var normalizedLink = FeedLinkNormalizer.Normalize(link, baseUri);
        var cleanTitle = HtmlText.ToPlainText(title, singleLine: true);
        var summary = HtmlText.ToPlainText(summaryHtml);
        var content = HtmlText.ToPlainText(contentHtml);
        if (content == summary)
        {
            content = string.Empty;
        }

        var cleanId = string.IsNullOrWhiteSpace(id) ? null : id.Trim();
        if (cleanTitle.Length == 0 && summary.Length == 0 && content.Length == 0)
        {
            // Nothing to detect on and nothing to show: not an article.
            return null;
        }

        if (cleanTitle.Length == 0)
        {
            cleanTitle = FirstWords(summary.Length > 0 ? summary : content);
        }

        var key = cleanId ?? normalizedLink ?? HashKey(cleanTitle, published);
        return new FeedItem(key, cleanId, normalizedLink, cleanTitle, summary, content, published);
    }

    /// <summary>
    /// Items without an id are keyed by link; when a feed gives several items one link (its home page), that
    /// key would merge different stories, so those items are keyed by title and date instead.
    /// </summary>
    public static IReadOnlyList<FeedItem> WithDistinctKeys(IReadOnlyList<FeedItem> items)
    {
        var shared = items.Where(i => i.Id is null).GroupBy(i => i.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return shared.Count == 0
            ? items
            : items.Select(i => i.Id is null && shared.Contains(i.Key) ? i with { Key = HashKey(i.Title, i.Published) } : i).ToList();
    }

    private static string HashKey(string title, DateTimeOffset? published)
    {
        var material = title + "\n" + (published?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)))[..32];
    }

    private static string FirstWords(string text)
    {
        var line = text.Split('\n')[0];
        if (line.Length <= 120)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', 119);
        return line[..(cut > 0 ? cut : 119)] + "…";
    }
}
