using System.Text;
using System.Text.RegularExpressions;

namespace AlertBot.Ingestion.Feeds;

/// <summary>The charset an HTML page declares in a meta tag (within its first bytes, as browsers look).</summary>
public static partial class HtmlCharset
{
    private const int SniffBytes = 4096;

    public static string? Sniff(ReadOnlySpan<byte> html)
    {
        var head = Encoding.ASCII.GetString(html[..Math.Min(html.Length, SniffBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*(?<charset>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
