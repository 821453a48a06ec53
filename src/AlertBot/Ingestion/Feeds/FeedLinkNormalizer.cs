namespace AlertBot.Ingestion.Feeds;

/// <summary>
/// One spelling per article URL so the same story from two feeds (or two polls) is recognised: lowercase scheme
/// and host, no default port, no fragment, no tracking parameters, remaining parameters sorted.
/// </summary>
public static class FeedLinkNormalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
        "ref", "ref_src", "ref_url", "referrer", "cmpid", "cmp", "icid", "ito", "_ga", "_gl", "ncid", "sr_share",
        "smid", "smtyp", "taid", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4",
        "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "ocid", "wt_mc", "wt_zmc", "rss", "feedtype", "partner", "traffic_source",
    };

    public static string? Normalize(string? link, Uri? baseUri = null)
    {
        if (Resolve(link, baseUri) is not { } uri)
        {
            return null;
        }

        var origin = uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        if (uri.AbsolutePath.Length == 0)
        {
            origin += "/";
        }

        var query = NormalizeQuery(uri.Query);
        return query.Length == 0 ? origin : origin + "?" + query;
    }

    /// <summary>
    /// The link as the feed gives it, made absolute: an article's identity in alerts and reports is the address its outlet
    /// published, tracking parameters and all (<see cref="Normalize"/> is for telling two spellings of one address apart).
    /// </summary>
    public static string? Absolute(string? link, Uri? baseUri = null) => Resolve(link, baseUri)?.OriginalString is { } original
        && Uri.TryCreate(original, UriKind.Absolute, out _) ? original : Resolve(link, baseUri)?.AbsoluteUri;

    private static Uri? Resolve(string? link, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        var trimmed = link.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.IsFile)
        {
            if (baseUri is null || !Uri.TryCreate(baseUri, trimmed, out uri))
            {
                return null;
            }
        }

        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps ? uri : null;
    }

    private static string NormalizeQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        var kept = query[1..]
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=', 2)[0]))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return string.Join('&', kept);
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
