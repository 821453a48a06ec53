namespace AlertBot.Detection.Alerting;

/// <summary>
/// Where a development happened: the places its sources' titles and leads name, the most specific first (each source lists
/// its own most specific first), then those most sources name.
/// </summary>
public static class DevelopmentPlaces
{
    public static IReadOnlyList<int> Rank(IReadOnlyList<SourceFacts> sources, Func<int, int> specificity)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(specificity);
        var votes = new Dictionary<int, (int Sources, int BestRank, int First)>();
        var order = 0;
        foreach (var source in sources.OrderBy(s => s.Seen))
        {
            for (var rank = 0; rank < source.PlaceIds.Count; rank++)
            {
                var id = source.PlaceIds[rank];
                votes[id] = votes.TryGetValue(id, out var known)
                    ? (known.Sources + 1, Math.Min(known.BestRank, rank), known.First)
                    : (1, rank, order++);
            }
        }

        return [.. votes
            .OrderBy(v => specificity(v.Key))
            .ThenByDescending(v => v.Value.Sources)
            .ThenBy(v => v.Value.BestRank)
            .ThenBy(v => v.Value.First)
            .Select(v => v.Key)];
    }
}
