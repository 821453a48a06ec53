using System.Globalization;
using AlertBot.Ingestion.Feeds;

namespace AlertBot.Alerts;

/// <summary>
/// How an alert names its sources to a reader: by outlet, linked without tracking parameters. A file dropped in
/// the inbox's root has no outlet of its own ("inbox" is where it came from, not who wrote it): it is named by
/// its link's site, or counted as an unnamed report.
/// </summary>
public static class AlertOutlets
{
    /// <summary>The outlet the inbox gives files at its root, which names nobody.</summary>
    public const string InboxOutlet = "inbox";

    /// <summary>The outlets in the order they reported, each once, with the link of its first report.</summary>
    public static IReadOnlyList<(string Name, string? Url)> Named(AlertView alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return alert.Sources
            .Select(s => (Name: NameOf(s), Url: FeedLinkNormalizer.Normalize(s.Url)))
            .Where(s => s.Name is not null)
            .DistinctBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .Select(s => (s.Name!, s.Url))
            .ToList();
    }

    /// <summary>Outlets that reported it: the named ones, plus each unnamed report (nothing says two are one outlet).</summary>
    public static int Count(AlertView alert) => Named(alert).Count + Unnamed(alert);

    /// <summary>Reports with no outlet or link to name them by.</summary>
    public static int Unnamed(AlertView alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return alert.Sources.Where(s => NameOf(s) is null).DistinctBy(s => s.Source, StringComparer.Ordinal).Count();
    }

    public static string? NameOf(AlertSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var outlet = source.Outlet?.Trim();
        if (!string.IsNullOrEmpty(outlet) && !string.Equals(outlet, InboxOutlet, StringComparison.OrdinalIgnoreCase))
        {
            return outlet;
        }

        if (Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            var host = uri.IdnHost;
            return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
        }

        return null;
    }

    /// <summary>When a second outlet (or, where outlets are unnamed, a second report) joined; null while unconfirmed.</summary>
    public static DateTimeOffset? ConfirmedAt(AlertView alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (!alert.IsConfirmed)
        {
            return null;
        }

        var ordered = alert.Sources.OrderBy(s => s.Seen).ToList();
        var byOutlet = ordered.DistinctBy(s => NameOf(s) ?? s.Source, StringComparer.OrdinalIgnoreCase).ToList();
        return byOutlet.Count >= 2 ? byOutlet[1].Seen : ordered.Count >= 2 ? ordered[1].Seen : null;
    }

    /// <summary>"8 Dec 2024 07:09 UTC": day, month and year unambiguous in every locale.</summary>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
