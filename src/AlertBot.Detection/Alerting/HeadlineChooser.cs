using AlertBot.Detection.Scoring;
using AlertBot.Detection.Summaries;

namespace AlertBot.Detection.Alerting;

/// <summary>
/// An alert's first line. When a source's title states the development, the best such title (a report's before a live page's
/// or video's, firmest, most significant, then earliest); else a source's title that reads as a headline; a sentence cut only
/// when no title will do (a further development of a long article has none). A question, preview or label never heads an
/// alert while a source states the news.
/// </summary>
public static class HeadlineChooser
{
    /// <returns>The source that states the development best, and the headline it gives.</returns>
    public static (SourceFacts Source, string Headline) Choose(IReadOnlyList<SourceFacts> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfZero(sources.Count);
        var titles = sources
            .Where(s => s.Title is { Length: > 0 } && s.Reports)
            .Select(s => (Source: s, Headline: TitleHeadline.Tidy(s.Title!)))
            .Where(t => HeadlineShape.IsSound(t.Headline))
            .ToList();
        var best = Best(titles.Where(t => t.Source.TitleStatesNews))
            ?? Best(titles)
            ?? Best(sources.Select(s => (Source: s, Headline: s.Headline)).Where(c => HeadlineShape.IsSound(c.Headline)));
        if (best is { } found)
        {
            return found;
        }

        var any = Best(sources.Select(s => (Source: s, Headline: s.Title is { Length: > 0 } t ? TitleHeadline.Tidy(t) : s.Headline)));
        return any!.Value;
    }

    private static (SourceFacts Source, string Headline)? Best(IEnumerable<(SourceFacts Source, string Headline)> candidates)
    {
        var list = candidates.ToList();
        return list.Count == 0
            ? null
            : list.OrderBy(c => KindRank(c.Source.Kind))
                .ThenByDescending(c => c.Source.Certainty)
                .ThenByDescending(c => c.Source.Significance)
                .ThenBy(c => c.Source.Seen)
                .First();
    }

    private static int KindRank(ArticleKind kind) => kind switch
    {
        ArticleKind.Report => 0,
        ArticleKind.LiveShell or ArticleKind.Media => 1,
        _ => 2,
    };
}
