using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AlertBot.Ingestion;

/// <summary>
/// An article page: headline and metadata from the page's own tags, the main text from the element that
/// holds the most paragraph text once navigation, scripts, asides and related links are removed.
/// </summary>
public static class HtmlArticleParser
{
    private static readonly string[] Noise =
    [
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "nav", "header", "footer",
        "aside", "figure", "figcaption", "picture", "video", "audio",
        "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]", "[aria-hidden=true]",
        "[class*=related]", "[class*=share]", "[class*=social]", "[class*=newsletter]", "[class*=comment]",
        "[class*=promo]", "[class*=advert]", "[id*=comment]", "[class*=breadcrumb]", "[class*=cookie]",
    ];

    private static readonly string[] BlockSelectors = ["p", "h2", "h3", "li", "blockquote"];

    public static ParsedArticle Parse(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = Meta(document, "og:title") ?? Text(document.QuerySelector("h1")) ?? Text(document.QuerySelector("title"));
        var published = ParseDate(Meta(document, "article:published_time") ?? Meta(document, "date") ?? Meta(document, "pubdate")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var outlet = Meta(document, "og:site_name");
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");

        foreach (var element in Noise.SelectMany(s => document.QuerySelectorAll(s)).ToList())
        {
            element.Remove();
        }

        var root = document.QuerySelector("[itemprop=articleBody]") ?? BestContainer(document) ?? document.Body;
        var paragraphs = root is null ? [] : Paragraphs(root);
        if (paragraphs.Count == 0 && root is not null && Text(root) is { } all)
        {
            paragraphs = [all];
        }

        var body = string.Join("\n\n", paragraphs.Where(p => !string.Equals(p, title, StringComparison.Ordinal)));
        if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(body))
        {
            throw new UnreadableArticleException("the page has no headline and no text");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            var plain = PlainTextArticleParser.Parse(body);
            return plain with { Published = published, Outlet = outlet, Url = url };
        }

        return new ParsedArticle(title, body.Length > 0 ? body : title, published, outlet, url);
    }

    /// <summary>The article, main or div whose direct paragraphs carry the most text.</summary>
    private static IElement? BestContainer(IDocument document)
    {
        IElement? best = null;
        var bestLength = 0;
        foreach (var candidate in document.QuerySelectorAll("article, main, section, div"))
        {
            var length = candidate.Children.Where(c => c.LocalName == "p").Sum(p => p.TextContent.Length);
            if (length > bestLength)
            {
                best = candidate;
                bestLength = length;
            }
        }

        // An <article> that holds the best block is the better boundary (it keeps sub-headings and lists).
        return best?.Closest("article") ?? best;
    }

    private static List<string> Paragraphs(IElement root)
    {
        var blocks = root.QuerySelectorAll(string.Join(',', BlockSelectors))
            .Where(e => !e.Ancestors<IElement>().Any(a => a != root && root.Contains(a) && BlockSelectors.Contains(a.LocalName)))
            .Select(Text)
            .OfType<string>()
            .ToList();
        return blocks;
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
