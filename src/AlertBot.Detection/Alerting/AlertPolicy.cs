using AlertBot.Detection.Scoring;
using AlertBot.Detection.Summaries;

namespace AlertBot.Detection.Alerting;

/// <summary>
/// Whether a development is worth an alert, decided on the development, not on one article: what happened (the significance
/// of its most significant report: kind of event, magnitude, who, where), whether it is new (a fresh report), and how many
/// outlets report it. Only a plain report starts an alert; analysis, opinion, features, previews, live shells, programmes
/// and video may confirm one. Nothing alerts before a source states it in a sound first line.
/// </summary>
public static class AlertPolicy
{
    /// <summary>One outlet's report alerts on its own at this significance.</summary>
    public const double Alone = SignificanceScorer.Threshold;

    /// <summary>Reported by two or more outlets, a development alerts at this significance.</summary>
    public const double Confirmed = 0.3;

    /// <param name="headline">What <see cref="HeadlineChooser"/> gives for these sources.</param>
    public static bool ShouldAlert(IReadOnlyList<SourceFacts> sources, string headline)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(headline);
        var starters = sources.Where(s => s.Kind == ArticleKind.Report && s.Fresh).ToList();
        if (starters.Count == 0)
        {
            return false;
        }

        if (!starters.Any(s => s.Title is null || s.TitleStatesNews) && Outlets(starters) < 2)
        {
            // No title says it happened, only one outlet's lead: as often the analysis or follow-up around a story ("With Iran's
            // strikes, Arab countries fear …") as news. A second outlet's plain report of it in its own lead makes it news.
            return false;
        }

        var significance = starters.Max(Weight);
        if (significance < Alone && !(Outlets(sources) >= 2 && significance >= Confirmed))
        {
            return false;
        }

        // One no source lets us state in a sound first line ("He has been charged …" with nobody named) waits for a source
        // that does: a subscriber cannot act on a fragment.
        return HeadlineShape.IsSound(headline);
    }

    /// <summary>
    /// A feed item whose title does not say what happened reports it, if at all, only in its description, as a follow-up or
    /// feature does ("Israelis recount fear after night of missile interceptions"): its word counts for less.
    /// </summary>
    public const double UntitledDiscount = 0.6;

    private static double Weight(SourceFacts s) => s.Title is not null && !s.TitleStatesNews ? s.Significance * UntitledDiscount : s.Significance;

    /// <summary>Distinct outlets that report the development as news.</summary>
    public static int Outlets(IReadOnlyList<SourceFacts> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return sources.Where(s => s.Reports).Select(s => s.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count();
    }
}
