using System.Security.Cryptography;
using System.Text;

namespace AlertBot.Alerts;

/// <summary>Identity of an article's content: the same words from any path or feed are the same article.</summary>
public static class ContentHash
{
    public static string Of(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        // Whitespace differences (re-wrapped lines, CRLF) must not make a new article.
        var normalized = string.Join(' ', (title + "\n" + body).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
