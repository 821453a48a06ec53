using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AlertBot.Ingestion.Feeds;

/// <summary>Raw fields of any feed format → a clean <see cref="FeedItem"/> with a stable key.</summary>
internal static class FeedItemFactory
{
    /// <summary>One entry read on its own: an entry that trips the reader is left out, the feed's others are kept.</summary>
    public static FeedItem? Safely<T>(Func<T, Uri?, FeedItem?> read, T entry, Uri? baseUri)
    {
        try
        {
            return read(entry, baseUri);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

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
        // An entry without any text is still read (so counts agree with other readers); HasText keeps it out of the pipeline.
        if (cleanTitle.Length == 0 && (summary.Length > 0 || content.Length > 0))
        {
            cleanTitle = FirstWords(summary.Length > 0 ? summary : content);
        }

        var key = cleanId ?? normalizedLink ?? HashKey(cleanTitle, published);
        return new FeedItem(key, cleanId, normalizedLink, cleanTitle, summary, content, published, FeedLinkNormalizer.Absolute(link, baseUri));
    }

    /// <summary>
    /// Keys must tell a document's items apart, and real feeds give several items one guid (a CMS default) or
    /// one link (the home page). Items sharing a key are keyed by their link when it is theirs alone, else by
    /// title and date; items alike in all of these are one item listed twice, and are read once.
    /// </summary>
    /// <returns>The items, and a sentence for the log when keys were shared (null when none were).</returns>
    public static (IReadOnlyList<FeedItem> Items, string? Note) WithDistinctKeys(IReadOnlyList<FeedItem> items)
    {
        var shared = items.GroupBy(i => i.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        if (shared.Count == 0)
        {
            return (items, null);
        }

        var links = items.Where(i => i.Link is not null).GroupBy(i => i.Link!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var sharedKeys = shared.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var distinct = new List<FeedItem>(items.Count);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var keyed = !sharedKeys.Contains(item.Key) ? item
                : item.Link is { } link && links[link] == 1 && link != item.Key ? item with { Key = link }
                : item with { Key = HashKey(item.Title, item.Published) };
            if (taken.Add(keyed.Key))
            {
                distinct.Add(keyed);
            }
        }

        var example = shared.MaxBy(g => g.Count())!;
        var note = $"{shared.Sum(g => g.Count())} items share {shared.Count} id(s) (e.g. {example.Count()} with \"{Short(example.Key)}\"); "
            + $"they are told apart by link, then by title and date ({items.Count - distinct.Count} exact repeats dropped)";
        return (distinct, note);

        static string Short(string key) => key.Length <= 80 ? key : key[..80] + "…";
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
