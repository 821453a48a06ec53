namespace AlertBot.Detection.Grouping;

/// <summary>
/// Which development each of an article's reports joins: each is weighed with the word statistics so far and compared with
/// the recent reports in the index; it joins the development it is most like, or starts one. Pure: the caller persists the
/// outcome and then calls <see cref="Commit"/>, so memory never runs ahead of the store.
/// </summary>
public sealed class Grouper(TermStatistics statistics, DevelopmentIndex index)
{
    /// <summary>
    /// How far over the joining threshold one of an article's developments must be to another of its own to count as a
    /// restatement of it: the engine already told them apart as events, so only a near-copy is folded in.
    /// </summary>
    public const double SameAsMargin = 0.15;

    public TermStatistics Statistics { get; } = statistics;

    public DevelopmentIndex Index { get; } = index;

    /// <param name="embeddings">One per development of <paramref name="analysis"/> (null entries without a model).</param>
    public IReadOnlyList<GroupingChoice> Choose(ArticleAnalysis analysis, IReadOnlyList<float[]?> embeddings, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(embeddings);
        var counts = analysis.Developments.Select(d => ReportText.CountTerms(string.Join(' ', d.Text))).ToList();
        foreach (var c in counts)
        {
            Statistics.Observe(c.Keys);
        }

        var choices = new List<GroupingChoice>(counts.Count);
        var taken = new Dictionary<long, int>();
        for (var i = 0; i < counts.Count; i++)
        {
            var development = analysis.Developments[i];
            var signal = new ReportSignal(
                Statistics.Weigh(counts[i]),
                ReportText.WithQuakeKeys(ReportText.Names(development.Text), development.Text.Count > 0 ? development.Text[0] : "", development.Places.Select(p => p.CountryCode).Distinct()),
                i < embeddings.Count ? embeddings[i] : null,
                time,
                PlacesOf(development),
                i == 0 ? (analysis.TitleStatesNews ? analysis.TitleAction : EventAction.Other) : development.Action,
                Clause: i > 0);

            // A further development restating another of the article's own (not its headline and lead, whose lead holds
            // every development it opens with) is more evidence for that one, not a development of its own.
            var same = i <= 1 ? -1 : SameAsEarlier(choices, signal);
            var match = same >= 0 ? null : Index.Find(signal);
            if (match is not null && taken.TryGetValue(match.DevelopmentId, out var earlier))
            {
                // Two of the article's developments are the same known development: one report of it, told twice.
                same = earlier;
            }

            if (same >= 0)
            {
                choices.Add(new GroupingChoice(signal, choices[same].Match, same));
                continue;
            }

            if (match is not null)
            {
                taken[match.DevelopmentId] = i;
            }

            choices.Add(new GroupingChoice(signal, match, -1));
        }

        return choices;
    }

    /// <summary>
    /// Adds the article's reports to the index once their developments are stored, in the order a restart reads them back
    /// (by development id; a restated development adds no report of its own).
    /// </summary>
    public void Commit(IReadOnlyList<GroupingChoice> choices, IReadOnlyList<long> developmentIds)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(developmentIds);
        foreach (var i in Enumerable.Range(0, choices.Count).Where(i => choices[i].SameAs < 0).OrderBy(i => developmentIds[i]))
        {
            Index.Add(developmentIds[i], choices[i].Signal);
        }
    }

    /// <summary>The towns a development's own text names.</summary>
    public static GeoPoint[] PlacesOf(Development development)
    {
        ArgumentNullException.ThrowIfNull(development);
        return development.PlacesNamed
            ? [.. development.Places.Where(p => p.IsSettlement).Select(p => new GeoPoint(p.GeonameId, p.Latitude, p.Longitude))]
            : [];
    }

    private int SameAsEarlier(List<GroupingChoice> earlier, ReportSignal signal)
    {
        var scratch = new DevelopmentIndex(Index.Embedded, Index.Lexical, capacity: 16);
        for (var k = 1; k < earlier.Count; k++)
        {
            if (earlier[k].SameAs < 0)
            {
                scratch.Add(k, earlier[k].Signal with { Time = signal.Time });
            }
        }

        return scratch.Find(signal) is { Score: >= SameAsMargin } m ? (int)m.DevelopmentId : -1;
    }
}
