namespace AlertBot.Alerts;

/// <summary>An article read from the inbox or a feed, ready for the pipeline.</summary>
/// <param name="Source">Identity shown as the alert's source: a feed item's link (its guid without one) or a file path relative to its root.</param>
/// <param name="Published">When the outlet published it; null means "now" (first seen).</param>
/// <param name="SuppressAlerts">Store and merge, but never alert (stale items after downtime).</param>
public sealed record IncomingArticle(
    string Source,
    string Outlet,
    string Title,
    string Body,
    string? Url,
    DateTimeOffset? Published,
    bool SuppressAlerts = false);
