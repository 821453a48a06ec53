using System.Text;

namespace AlertBot.Ingestion.Feeds;

/// <summary>
/// Turns feed bytes into text. Order: BOM, then the HTTP charset, then the XML declaration, then UTF-8.
/// Real feeds often lie (Latin-1 bytes labelled or assumed UTF-8), so bytes that are not valid UTF-8 are read
/// as Windows-1252, the superset browsers use for ISO-8859-1 as well.
/// </summary>
public static class FeedTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Windows1252 { get; } = GetWindows1252();

    public static string Decode(ReadOnlySpan<byte> bytes, string? httpCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8OrFallback(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        var encoding = Resolve(httpCharset) ?? Resolve(DeclaredXmlEncoding(bytes));
        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return DecodeUtf8OrFallback(bytes);
        }

        return encoding.GetString(bytes);
    }

    private static string DecodeUtf8OrFallback(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(bytes);
        }
    }

    private static Encoding? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim().Trim('"', '\'').ToLowerInvariant();
        // WHATWG: these labels mean windows-1252 in practice; ASCII-labelled feeds still carry curly quotes.
        if (trimmed is "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252")
        {
            return Windows1252;
        }

        try
        {
            return Encoding.GetEncoding(trimmed);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    internal static string? DeclaredXmlEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 256)];
        var start = head.IndexOf("<?xml"u8);
        if (start < 0)
        {
            return null;
        }

        var end = head[start..].IndexOf("?>"u8);
        var declaration = Encoding.ASCII.GetString(end < 0 ? head[start..] : head.Slice(start, end));
        var at = declaration.IndexOf("encoding", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = declaration[(at + "encoding".Length)..].TrimStart().TrimStart('=').TrimStart();
        if (rest.Length == 0 || rest[0] is not ('"' or '\''))
        {
            return null;
        }

        var close = rest.IndexOf(rest[0], 1);
        return close < 0 ? null : rest[1..close];
    }

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
