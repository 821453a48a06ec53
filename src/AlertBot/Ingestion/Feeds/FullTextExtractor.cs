using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AlertBot.Ingestion.Feeds;

/// <summary>
/// Main text of an article page: chrome (navigation, header, footer, asides, forms, captions, related links)
/// removed, then the container holding the most paragraph text wins, with a bonus for semantic containers
/// (<c>[itemprop=articleBody]</c>, <c>article</c>, <c>main</c>) because they are usually right when present.
/// </summary>
public static class FullTextExtractor
{
    private const int MinParagraphChars = 25;

    private const string Chrome =
        "script, style, noscript, template, iframe, svg, canvas, nav, header, footer, aside, form, button, select, "
        + "figure, figcaption, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], "
        + "[class*=related], [class*=share], [class*=newsletter], [class*=promo], [class*=advert], [class*=social], "
        + "[class*=comments], [id*=comments], [class*=breadcrumb], [class*=cookie], [class*=subscribe]";

    private static readonly HtmlParser Parser = new();

    public static string Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (HtmlNesting.TooDeep(html))
        {
            // Hostile or broken; parsing it would take minutes. The feed's own description stands instead.
            return string.Empty;
        }

        using var document = Parser.ParseDocument(html);
        return Extract(document);
    }

    /// <summary>For a caller that has parsed the page already; removes the page chrome from <paramref name="document"/>.</summary>
    public static string Extract(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var element in document.QuerySelectorAll(Chrome).ToList())
        {
            element.Remove();
        }

        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            var length = ParagraphText(paragraph).Length;
            if (length < MinParagraphChars)
            {
                continue;
            }

            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + length;
                if (parent.ParentElement is { } grandparent)
                {
                    scores[grandparent] = scores.GetValueOrDefault(grandparent) + (length / 2.0);
                }
            }
        }

        foreach (var semantic in document.QuerySelectorAll("[itemprop=articleBody], article, main, [role=main]"))
        {
            var text = semantic.QuerySelectorAll("p").Sum(p => Math.Max(0, ParagraphText(p).Length - MinParagraphChars + 1));
            if (text > 0)
            {
                var bonus = semantic.GetAttribute("itemprop") == "articleBody" ? 2.0 : 1.5;
                scores[semantic] = Math.Max(scores.GetValueOrDefault(semantic), text * bonus);
            }
        }

        if (scores.Count == 0)
        {
            return string.Empty;
        }

        var best = scores.MaxBy(s => s.Value).Key;
        var lines = best.QuerySelectorAll("p, h2, h3, li, blockquote")
            .Where(e => !e.Ancestors<IElement>().TakeWhile(a => a != best).Any(a => a.LocalName is "p" or "li" or "blockquote"))
            .Select(ParagraphText)
            .Where(t => t.Length > 0);
        return string.Join('\n', lines);
    }

    /// <summary>Paragraph text, or empty when it is mostly links (a list of related stories, tags).</summary>
    private static string ParagraphText(IElement element)
    {
        var text = HtmlText.ToPlainText(element.TextContent, singleLine: true);
        if (text.Length == 0)
        {
            return text;
        }

        var linkChars = element.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        return linkChars > text.Length * 0.6 ? string.Empty : text;
    }
}
