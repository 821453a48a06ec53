using System.Text.Json;

namespace AlertBot.Ingestion.Feeds;

/// <summary>JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1). Any other JSON is refused, not guessed at.</summary>
internal static class JsonFeedReader
{
    public static FeedParseResult Read(string text, Uri? baseUri, FeedParserLimits limits)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = limits.MaxDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return FeedParseResult.Refused($"malformed JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || String(root, "version") is not { } version
                || !version.StartsWith("https://jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase))
            {
                return FeedParseResult.Refused("not a feed: JSON without a jsonfeed.org version");
            }

            var feedBase = Uri.TryCreate(String(root, "home_page_url"), UriKind.Absolute, out var home) ? home : baseUri;
            var items = new List<FeedItem>();
            if (root.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array)
            {
                foreach (var element in array.EnumerateArray())
                {
                    if (element.ValueKind == JsonValueKind.Object && FeedItemFactory.Safely(ReadItem, element, feedBase) is { } item)
                    {
                        items.Add(item);
                    }
                }
            }

            return FeedParseResult.Success(FeedFormat.JsonFeed, HtmlText.ToPlainText(String(root, "title"), singleLine: true), items);
        }
    }

    private static FeedItem? ReadItem(JsonElement item, Uri? baseUri)
    {
        // JSON Feed allows numeric ids in the wild even though the spec says string.
        var id = item.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? idElement.ToString()
            : null;
        var link = String(item, "url") ?? String(item, "external_url");
        var content = String(item, "content_html") ?? String(item, "content_text");
        var summary = String(item, "summary");
        var date = FeedDateParser.Parse(String(item, "date_published")) ?? FeedDateParser.Parse(String(item, "date_modified"));
        return FeedItemFactory.Create(id, link, String(item, "title"), summary, content, date, baseUri);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
