namespace AlertBot.Alerts;

/// <summary>
/// An article read from the inbox or a feed, ready for the pipeline. Every field is bounded here, where
/// articles enter, so no outlet, link or headline of any size reaches the store, an alert or a reply.
/// </summary>
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
    bool SuppressAlerts = false)
{
    public const int MaxSourceChars = 1000;
    public const int MaxOutletChars = 100;
    public const int MaxTitleChars = 300;

    /// <summary>Longer links are dropped rather than cut: a cut link leads nowhere.</summary>
    public const int MaxUrlChars = 2000;

    /// <summary>About 30,000 words, far beyond any news article; the rest of a longer text is not read.</summary>
    public const int MaxBodyChars = 200_000;

    /// <summary>A clock may be a few minutes ahead of ours; a later publish time is a wrong one.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    /// <summary>Before this nothing was published online; such dates are placeholders (0001-01-01, the Unix epoch).</summary>
    public static readonly DateTimeOffset EarliestPlausible = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Source { get; init => field = TextBounds.Cut(value, MaxSourceChars); } = TextBounds.Cut(Source, MaxSourceChars);

    public string Outlet { get; init => field = TextBounds.Cut(value, MaxOutletChars); } = TextBounds.Cut(Outlet, MaxOutletChars);

    public string Title { get; init => field = TextBounds.Cut(value, MaxTitleChars); } = TextBounds.Cut(Title, MaxTitleChars);

    public string Body { get; init => field = TextBounds.CutText(value, MaxBodyChars); } = TextBounds.CutText(Body, MaxBodyChars);

    public string? Url { get; init => field = Link(value); } = Link(Url);

    /// <summary>
    /// This article as received at <paramref name="now"/>: a publish time in the future or before anything was
    /// online becomes the time received, so a mis-dated item can neither top /latest for ever nor pass as old news.
    /// </summary>
    public IncomingArticle ReceivedAt(DateTimeOffset now) =>
        Published is { } published && (published > now + FutureTolerance || published < EarliestPlausible)
            ? this with { Published = now }
            : this;

    private static string? Link(string? url) =>
        string.IsNullOrWhiteSpace(url) || url.Length > MaxUrlChars ? null : url.Trim();
}
