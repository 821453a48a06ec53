using System.Text;
using AlertBot.Alerts;

namespace AlertBot.Ingestion;

/// <summary>Turns one article file into an <see cref="IncomingArticle"/>, or says precisely why it cannot.</summary>
public static class ArticleFileReader
{
    public static IReadOnlySet<string> Extensions { get; } =
        new HashSet<string>([".txt", ".text", ".md", ".markdown", ".html", ".htm", ".json"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> DocumentationNames =
        new(["readme", "license", "licence", "copying", "notice", "changelog"], StringComparer.OrdinalIgnoreCase);

    /// <summary>A folder's README or LICENSE describes the folder; it is not news, so it is passed over, not quarantined.</summary>
    public static bool IsDocumentation(string path) => DocumentationNames.Contains(Path.GetFileNameWithoutExtension(path));

    /// <summary>Room for front matter and date lines above a body of <see cref="IncomingArticle.MaxBodyChars"/>.</summary>
    private const int MaxTextChars = IncomingArticle.MaxBodyChars + 10_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="source">The article's identity: its path relative to the watched root, with '/'.</param>
    /// <param name="defaultOutlet">Used when the file names no outlet of its own.</param>
    public static async Task<IncomingArticle> ReadAsync(string path, string source, string defaultOutlet, long maxBytes, CancellationToken cancellationToken)
    {
        var text = Decode(await ReadCappedAsync(path, maxBytes, cancellationToken));
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UnreadableArticleException("the file is empty");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".html" or ".htm" or ".json") && text.Length > MaxTextChars)
        {
            // Only the start of a huge text is read (the pipeline keeps less still): memory follows what is kept,
            // not what was dropped in the folder. Markup and JSON are read whole, or they would not parse.
            text = TextBounds.CutText(text, MaxTextChars);
        }

        var parsed = extension switch
        {
            ".md" or ".markdown" => MarkdownArticleParser.Parse(text),
            ".html" or ".htm" => HtmlArticleParser.Parse(text),
            ".json" => JsonArticleParser.Parse(text),
            _ => PlainTextArticleParser.Parse(text),
        };
        var published = parsed.Published ?? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        return new IncomingArticle(source, string.IsNullOrWhiteSpace(parsed.Outlet) ? defaultOutlet : parsed.Outlet.Trim(), parsed.Title, parsed.Body, parsed.Url, published);
    }

    private static async Task<byte[]> ReadCappedAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
        if (stream.Length > maxBytes)
        {
            throw new UnreadableArticleException($"the file is {stream.Length:N0} bytes, more than the {maxBytes:N0} allowed (Inbox:MaxFileBytes)");
        }

        var buffer = new byte[stream.Length];
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }

    public static string Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return utf16.GetString(bytes, 2, bytes.Length - 2);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            throw new UnreadableArticleException($"the file is binary (a NUL byte at offset {nul})");
        }

        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            throw new UnreadableArticleException($"the file is not valid UTF-8 (bad byte at offset {ex.Index + start})");
        }
    }
}
