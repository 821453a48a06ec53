using System.Xml;
using System.Xml.Linq;

namespace AlertBot.Ingestion.Feeds;

/// <summary>
/// Builds a small element tree from untrusted XML: DTDs prohibited (no XXE, no entity bombs), a character cap,
/// and a nesting cap that XmlReader itself does not offer.
/// </summary>
internal static class XmlFeedLoader
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private static readonly HashSet<string> FeedRoots = new(StringComparer.OrdinalIgnoreCase) { "rss", "RDF", "feed" };

    public static (XElement? Root, string? Refusal) Load(string text, FeedParserLimits limits)
    {
        var (root, refusal, recoverable) = TryLoad(text, limits);
        // Undeclared HTML entities and raw ampersands are common enough in real feeds to deserve one retry.
        if (recoverable && XmlRepair.TryRepair(text) is { } repaired)
        {
            var (second, _, _) = TryLoad(repaired, limits);
            if (second is not null)
            {
                return (second, null);
            }
        }

        return (root, refusal);
    }

    private static (XElement? Root, string? Refusal, bool Recoverable) TryLoad(string text, FeedParserLimits limits)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = limits.MaxBytes,
            MaxCharactersFromEntities = 1024,
            // Real feeds contain stray control characters; refusing the whole feed for one is worse.
            CheckCharacters = false,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };

        string? rootName = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            XElement? root = null;
            var stack = new Stack<XElement>();
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (reader.Depth >= limits.MaxDepth)
                        {
                            return (null, $"too deeply nested (> {limits.MaxDepth} levels)", false);
                        }

                        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                        while (reader.MoveToNextAttribute())
                        {
                            if (reader.NamespaceURI == XmlnsNamespace)
                            {
                                continue;
                            }

                            element.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
                        }

                        reader.MoveToElement();
                        if (root is null)
                        {
                            root = element;
                            rootName = reader.Name;
                        }
                        else
                        {
                            stack.Peek().Add(element);
                        }

                        if (!reader.IsEmptyElement)
                        {
                            stack.Push(element);
                        }

                        break;
                    case XmlNodeType.EndElement:
                        stack.Pop();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                        if (stack.Count > 0)
                        {
                            stack.Peek().Add(new XText(reader.Value));
                        }

                        break;
                }
            }

            return root is null ? (null, "not a feed: empty document", false) : (root, null, false);
        }
        catch (XmlException ex) when (rootName is null && text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"DTD prohibited ({ex.Message})", false);
        }
        catch (XmlException ex) when (ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            return (null, $"too large (document > {limits.MaxBytes} characters)", false);
        }
        catch (XmlException ex) when (rootName is not null && !FeedRoots.Contains(rootName.Split(':')[^1]))
        {
            return (null, $"not a feed: root element <{rootName}> ({ex.Message})", false);
        }
        catch (XmlException ex)
        {
            return (null, $"malformed XML: {ex.Message}", true);
        }
    }
}
