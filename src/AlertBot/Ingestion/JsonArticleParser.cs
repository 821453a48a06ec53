using System.Globalization;
using System.Text.Json;

namespace AlertBot.Ingestion;

/// <summary>The JSON article shape: {"title", "body", "url", "published", "source"}.</summary>
public static class JsonArticleParser
{
    public static ParsedArticle Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new UnreadableArticleException($"not valid JSON ({ex.Message})");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UnreadableArticleException("a JSON article must be an object with \"title\" and \"body\"");
            }

            var root = document.RootElement;
            var title = String(root, "title")?.Trim() ?? "";
            var body = String(root, "body") ?? String(root, "text") ?? String(root, "content") ?? "";
            if (string.IsNullOrWhiteSpace(body) && string.IsNullOrWhiteSpace(title))
            {
                throw new UnreadableArticleException("the JSON article has neither \"title\" nor \"body\"");
            }

            DateTimeOffset? published = null;
            if (String(root, "published") is { } p)
            {
                if (!DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                {
                    throw new UnreadableArticleException($"\"published\" is not a date: {p}");
                }

                published = date;
            }

            return new ParsedArticle(
                title.Length > 0 ? title : PlainTextArticleParser.Parse(body).Title,
                string.IsNullOrWhiteSpace(body) ? title : body,
                published,
                String(root, "source"),
                String(root, "url"));
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
