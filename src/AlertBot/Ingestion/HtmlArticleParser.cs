using System.Globalization;
using AlertBot.Ingestion.Feeds;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AlertBot.Ingestion;

/// <summary>
/// An article page: headline and metadata from the page's own tags, the main text by the same extractor
/// that reads feed items' pages.
/// </summary>
public static class HtmlArticleParser
{
    public static ParsedArticle Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (HtmlNesting.TooDeep(html))
        {
            // Too deep to parse in reasonable time: its text is still read, tags stripped, first line as headline.
            var text = HtmlText.ToPlainText(html);
            return string.IsNullOrWhiteSpace(text)
                ? throw new UnreadableArticleException($"the page nests more than {HtmlNesting.MaxDepth} levels deep and has no text")
                : PlainTextArticleParser.Parse(text);
        }

        using var document = new HtmlParser().ParseDocument(html);
        var title = Meta(document, "og:title") ?? Text(document.QuerySelector("h1")) ?? Text(document.QuerySelector("title"));
        var published = ParseDate(Meta(document, "article:published_time") ?? Meta(document, "date") ?? Meta(document, "pubdate")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var outlet = Meta(document, "og:site_name");
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");

        // Metadata is read above, before the extractor strips the page chrome from the same document.
        var body = FullTextExtractor.Extract(document);
        if (body.Length == 0)
        {
            // A page without paragraphs (a short notice): its visible text is all there is.
            body = Text(document.Body) ?? "";
        }

        if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(body))
        {
            throw new UnreadableArticleException("the page has no headline and no text");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return PlainTextArticleParser.Parse(body) with { Published = published, Outlet = outlet, Url = url };
        }

        return new ParsedArticle(title, body.Length > 0 ? body : title, published, outlet, url);
    }

    private static string? Meta(IDocument document, string name) =>
        document.QuerySelector($"meta[property='{name}'], meta[name='{name}'], meta[itemprop='{name}']")?.GetAttribute("content") is { Length: > 0 } value
            ? value.Trim()
            : null;

    private static string? Text(IElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var text = string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? null : text;
    }

    private static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
