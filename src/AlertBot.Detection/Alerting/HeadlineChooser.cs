using AlertBot.Detection.Scoring;
using AlertBot.Detection.Summaries;

namespace AlertBot.Detection.Alerting;

/// <summary>
/// An alert's first line. When a source's title states the development, the best such title (a report's before a live page's
/// or video's, firmest, most significant, then earliest); else a source's title that reads as a headline; a sentence cut only
/// when no title will do (a further development of a long article has none). A question, preview or label never heads an
/// alert while a source states the news. A title stating another event than the one most outlets report (a report of the
/// firing among the protests after it) heads only when no title states that one.
/// </summary>
public static class HeadlineChooser
{
    /// <returns>The source that states the development best, and the headline it gives.</returns>
    public static (SourceFacts Source, string Headline) Choose(IReadOnlyList<SourceFacts> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfZero(sources.Count);
        var main = MainAction(sources);
        var titles = sources
            .Where(s => s.Title is { Length: > 0 } && s.Reports)
            .Select(s => (Source: s, Headline: TitleHeadline.Tidy(s.Title!)))
            .Where(t => HeadlineShape.IsSound(t.Headline))
            .ToList();
        var best = Best(titles.Where(t => t.Source.TitleStatesNews), main)
            ?? Best(titles, main)
            ?? Best(sources.Select(s => (Source: s, Headline: s.Headline)).Where(c => HeadlineShape.IsSound(c.Headline)), main);
        if (best is { } found)
        {
            return found;
        }

        var any = Best(sources.Select(s => (Source: s, Headline: s.Title is { Length: > 0 } t ? TitleHeadline.Tidy(t) : s.Headline)), main);
        return any!.Value;
    }

    /// <summary>
    /// The kind of event more outlets report than any other kind, or <see cref="EventAction.Other"/> when none does (one
    /// kind each, a tie, nothing stated clearly). Only news reports vote, an outlet once per kind; a source that states no
    /// clear event does not vote.
    /// </summary>
    internal static EventAction MainAction(IReadOnlyList<SourceFacts> sources)
    {
        var votes = sources
            .Where(s => s.Reports && s.Action != EventAction.Other)
            .GroupBy(s => s.Action)
            .Select(g => (Action: g.Key, Outlets: g.Select(s => s.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count()))
            .OrderByDescending(v => v.Outlets)
            .Take(2)
            .ToList();
        return votes.Count == 0 || (votes.Count == 2 && votes[0].Outlets == votes[1].Outlets) ? EventAction.Other : votes[0].Action;
    }

    private static (SourceFacts Source, string Headline)? Best(IEnumerable<(SourceFacts Source, string Headline)> candidates, EventAction main)
    {
        var list = candidates.ToList();
        return list.Count == 0
            ? null
            : list.OrderBy(c => Strays(c.Source.Action, main))
                .ThenBy(c => KindRank(c.Source.Kind))
                .ThenByDescending(c => c.Source.Certainty)
                .ThenByDescending(c => c.Source.Significance)
                .ThenBy(c => c.Source.Seen)
                .First();
    }

    /// <summary>States a clear event, and not the one most outlets report.</summary>
    private static bool Strays(EventAction action, EventAction main) =>
        main != EventAction.Other && action != EventAction.Other && action != main;

    private static int KindRank(ArticleKind kind) => kind switch
    {
        ArticleKind.Report => 0,
        ArticleKind.LiveShell or ArticleKind.Media => 1,
        _ => 2,
    };
}
