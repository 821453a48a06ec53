namespace AlertBot.Ingestion.Feeds;

/// <summary>
/// Bytes (or text) of RSS 0.9x/2.0, RSS 1.0, Atom or JSON Feed → <see cref="FeedParseResult"/>. Never throws on
/// content: anything unusable comes back as a refusal with a reason fit for logs and <c>/sources</c>, and an
/// item that cannot be read is left out without costing the feed's other items.
/// </summary>
public sealed class FeedParser(FeedParserLimits limits)
{
    public FeedParser()
        : this(FeedParserLimits.Default)
    {
    }

    public FeedParserLimits Limits { get; } = limits;

    /// <param name="httpCharset">The charset parameter of the response's Content-Type, if any.</param>
    /// <param name="baseUri">The feed's own URL, for resolving relative item links.</param>
    public FeedParseResult Parse(ReadOnlySpan<byte> content, string? httpCharset = null, Uri? baseUri = null)
    {
        if (content.Length > Limits.MaxBytes)
        {
            return FeedParseResult.Refused($"too large ({content.Length} bytes > {Limits.MaxBytes})");
        }

        string text;
        try
        {
            text = FeedTextDecoder.Decode(content, httpCharset);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return FeedParseResult.Refused($"undecodable: {ex.GetType().Name}: {ex.Message}");
        }

        return Parse(text, baseUri);
    }

    public FeedParseResult Parse(string text, Uri? baseUri = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return ParseText(text, baseUri);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A last line of defence: a document that trips a bug here is refused, never thrown to the poller.
            return FeedParseResult.Refused($"unreadable: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private FeedParseResult ParseText(string text, Uri? baseUri)
    {
        if (text.Length > Limits.MaxBytes)
        {
            return FeedParseResult.Refused($"too large ({text.Length} characters > {Limits.MaxBytes})");
        }

        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (start.IsEmpty)
        {
            return FeedParseResult.Refused("not a feed: empty document");
        }

        if (start[0] is '{' or '[')
        {
            return Distinct(JsonFeedReader.Read(text, baseUri, Limits));
        }

        if (start[0] != '<')
        {
            return FeedParseResult.Refused("not a feed: neither XML nor JSON");
        }

        if (IsHtmlDoctype(start))
        {
            return FeedParseResult.Refused("not a feed: root element <html>");
        }

        // Whitespace (or a stray BOM) before the XML declaration makes XmlReader fail; real servers emit it.
        var offset = text.Length - start.Length;
        var (root, refusal) = XmlFeedLoader.Load(offset == 0 ? text : text[offset..], Limits);
        if (root is null)
        {
            return FeedParseResult.Refused(refusal ?? "not a feed");
        }

        var result = root.Name.LocalName switch
        {
            "rss" => RssFeedReader.Read(root, baseUri),
            "RDF" => RssFeedReader.Read(root, baseUri),
            "feed" when root.Name.NamespaceName is FeedNamespaces.Atom or FeedNamespaces.Atom03 or "" => AtomFeedReader.Read(root, baseUri),
            _ => FeedParseResult.Refused($"not a feed: root element <{root.Name.LocalName}>"),
        };
        return Distinct(result);
    }

    private static FeedParseResult Distinct(FeedParseResult result)
    {
        if (!result.IsFeed)
        {
            return result;
        }

        var (items, note) = FeedItemFactory.WithDistinctKeys(result.Items);
        return result with { Items = items, Note = note };
    }

    private static bool IsHtmlDoctype(ReadOnlySpan<char> start)
    {
        var doctype = start.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (doctype < 0 || doctype > 512)
        {
            return false;
        }

        var name = start[(doctype + "<!DOCTYPE".Length)..].TrimStart();
        return name.StartsWith("html", StringComparison.OrdinalIgnoreCase);
    }
}
