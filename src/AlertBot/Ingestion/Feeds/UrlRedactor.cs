namespace AlertBot.Ingestion.Feeds;

/// <summary>Feed URLs can carry credentials (user:pass@, ?token=); logs and /sources must never show them.</summary>
public static class UrlRedactor
{
    private static readonly string[] SecretWords = ["token", "key", "secret", "password", "passwd", "pwd", "auth", "sig", "signature", "session", "credential"];

    public static string Redact(Uri? url)
    {
        if (url is null)
        {
            return "(none)";
        }

        if (!url.IsAbsoluteUri)
        {
            return url.OriginalString;
        }

        var builder = new UriBuilder(url) { UserName = "", Password = "" };
        if (url.Query.Length > 1)
        {
            var pairs = url.Query[1..].Split('&').Select(pair =>
            {
                var name = pair.Split('=', 2)[0];
                return SecretWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase)) ? name + "=***" : pair;
            });
            builder.Query = string.Join('&', pairs);
        }

        return builder.Uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.UserInfo, UriFormat.UriEscaped);
    }

    public static string Redact(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Redact(uri) : "(invalid URL)";
}
