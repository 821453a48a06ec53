using System.Xml.Linq;

namespace AlertBot.Ingestion.Feeds;

/// <summary>RSS 0.9x/2.0 (items under channel) and RSS 1.0/RDF (items beside channel).</summary>
internal static class RssFeedReader
{
    public static FeedParseResult Read(XElement root, Uri? baseUri)
    {
        var isRdf = root.Name.LocalName == "RDF";
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        var channelLink = channel?.Elements().FirstOrDefault(e => e.Name.LocalName == "link" && e.Name.NamespaceName != FeedNamespaces.Atom)?.Value;
        var itemBase = ResolveBase(baseUri, channelLink);

        // RDF puts items beside the channel; some RSS 2.0 producers do too, so accept both places.
        XElement[] itemParents = channel is null ? [root] : [channel, root];
        var items = new List<FeedItem>();
        foreach (var element in itemParents.SelectMany(p => p.Elements()).Where(e => e.Name.LocalName == "item"))
        {
            if (FeedItemFactory.Safely(ReadItem, element, itemBase) is { } item)
            {
                items.Add(item);
            }
        }

        var title = channel?.Elements().FirstOrDefault(e => e.Name.LocalName == "title")?.Value;
        return FeedParseResult.Success(isRdf ? FeedFormat.Rdf : FeedFormat.Rss, HtmlText.ToPlainText(title, singleLine: true), items);
    }

    private static FeedItem? ReadItem(XElement item, Uri? baseUri)
    {
        string? title = null, link = null, guid = null, description = null, content = null, date = null, dcDate = null;
        var guidIsPermaLink = false;
        foreach (var child in item.Elements())
        {
            var ns = child.Name.NamespaceName;
            switch (child.Name.LocalName)
            {
                case "title" when ns != FeedNamespaces.DublinCore || title is null:
                    title = XmlInnerMarkup.Of(child);
                    break;
                case "link" when ns != FeedNamespaces.Atom && link is null:
                    link = child.Value;
                    break;
                case "link" when ns == FeedNamespaces.Atom && link is null && (string?)child.Attribute("rel") is null or "alternate":
                    link = (string?)child.Attribute("href");
                    break;
                case "guid":
                    guid = child.Value;
                    guidIsPermaLink = !string.Equals((string?)child.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase);
                    break;
                case "description" or "summary" when description is null || ns.Length == 0:
                    description = XmlInnerMarkup.Of(child);
                    break;
                case "encoded" when ns == FeedNamespaces.Content:
                    content = XmlInnerMarkup.Of(child);
                    break;
                case "pubDate":
                    date = child.Value;
                    break;
                case "date" when ns == FeedNamespaces.DublinCore:
                    dcDate = child.Value;
                    break;
            }
        }

        var id = guid;
        if (string.IsNullOrWhiteSpace(id) && RdfAbout(item) is { } about)
        {
            id = about;
        }

        if (string.IsNullOrWhiteSpace(link) && guidIsPermaLink && guid is not null && FeedLinkNormalizer.Normalize(guid) is not null)
        {
            link = guid;
        }

        var published = FeedDateParser.Parse(date) ?? FeedDateParser.Parse(dcDate);
        return FeedItemFactory.Create(id, link, title, description, content, published, baseUri);

        static string? RdfAbout(XElement e) => (string?)e.Attribute(XName.Get("about", FeedNamespaces.Rdf));
    }

    private static Uri? ResolveBase(Uri? baseUri, string? channelLink)
    {
        if (baseUri is not null)
        {
            return baseUri;
        }

        return Uri.TryCreate(channelLink?.Trim(), UriKind.Absolute, out var uri) ? uri : null;
    }
}
