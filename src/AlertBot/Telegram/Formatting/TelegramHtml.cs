namespace AlertBot.Telegram.Formatting;

/// <summary>Telegram's HTML parse mode: everything that is not our own markup goes through here.</summary>
public static class TelegramHtml
{
    /// <summary>Escapes the three characters Telegram's HTML requires, plus quotes so the result is safe in attributes.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);
    }

    /// <summary>A link when the URL is http(s); otherwise just the escaped label, so no feed can smuggle in other schemes.</summary>
    public static string Link(string label, string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? $"<a href=\"{Escape(uri.AbsoluteUri)}\">{Escape(label)}</a>"
            : Escape(label);

    public static string Bold(string text) => $"<b>{Escape(text)}</b>";
}
