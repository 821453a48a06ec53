using System.Xml.Linq;

namespace AlertBot.Ingestion.Feeds;

/// <summary>Atom 1.0 (and the 0.3 draft some old producers still emit).</summary>
internal static class AtomFeedReader
{
    public static FeedParseResult Read(XElement root, Uri? baseUri)
    {
        var feedBase = WithXmlBase(baseUri, root);
        var items = new List<FeedItem>();
        foreach (var entry in root.Elements().Where(e => e.Name.LocalName == "entry"))
        {
            if (FeedItemFactory.Safely(ReadEntry, entry, WithXmlBase(feedBase, entry)) is { } item)
            {
                items.Add(item);
            }
        }

        var title = root.Elements().FirstOrDefault(e => e.Name.LocalName == "title");
        return FeedParseResult.Success(FeedFormat.Atom, title is null ? null : HtmlText.ToPlainText(XmlInnerMarkup.Of(title), singleLine: true), items);
    }

    private static FeedItem? ReadEntry(XElement entry, Uri? baseUri)
    {
        string? id = null, title = null, summary = null, content = null, link = null, published = null, updated = null;
        foreach (var child in entry.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "id":
                    id = child.Value;
                    break;
                case "title":
                    title = XmlInnerMarkup.Of(child);
                    break;
                case "summary":
                    summary = XmlInnerMarkup.Of(child);
                    break;
                case "content" when (string?)child.Attribute("src") is null:
                    content = XmlInnerMarkup.Of(child);
                    break;
                case "link" when (string?)child.Attribute("rel") is null or "alternate":
                    link ??= (string?)child.Attribute("href");
                    break;
                case "published" or "issued":
                    published = child.Value;
                    break;
                case "updated" or "modified":
                    updated = child.Value;
                    break;
            }
        }

        var date = FeedDateParser.Parse(published) ?? FeedDateParser.Parse(updated);
        return FeedItemFactory.Create(id, link, title, summary, content, date, baseUri);
    }

    private static Uri? WithXmlBase(Uri? current, XElement element)
    {
        var xmlBase = (string?)element.Attribute(XName.Get("base", FeedNamespaces.Xml));
        if (string.IsNullOrWhiteSpace(xmlBase))
        {
            return current;
        }

        if (Uri.TryCreate(xmlBase, UriKind.Absolute, out var absolute) && !absolute.IsFile)
        {
            return absolute;
        }

        return current is not null && Uri.TryCreate(current, xmlBase, out var relative) ? relative : current;
    }
}
