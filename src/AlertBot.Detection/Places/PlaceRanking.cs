namespace AlertBot.Detection.Places;

/// <summary>Orders the readings of an ambiguous name: the document's regions, then its countries, then size and rank.</summary>
internal static class PlaceRanking
{
    // Evidence from the document outweighs size (a town next to its own country's name beats a bigger namesake),
    // and more evidence outweighs less, on a log scale so a capital is not lost to one passing mention.
    private const double CountryEvidence = 3;
    private const double PerDoublingOfEvidence = 1;
    private const double MaxDoublings = 3;
    private const double RegionInContext = 200;

    /// <summary>GeoNames gives 0 when a town's population is unknown; such towns are small, not empty.</summary>
    private const int UnknownPopulation = 5_000;

    public static double Score(Place place, PlaceContext context)
    {
        var score = Math.Log10(place.Population > 0 ? place.Population : UnknownPopulation);
        // A region's population is summed over its towns; its name usually means its namesake city ("New York").
        score += place.IsCountry ? 1.5 : place.IsRegion ? -1 : 0;
        score += place.IsCapital ? 4 : place.FeatureCode == "PPLA" ? 1 : 0;
        var weight = context.CountryWeight(place.CountryCode);
        // Below one naming (an adjective, one telling city) the evidence only breaks near-ties.
        score += weight >= 1 ? CountryEvidence + (PerDoublingOfEvidence * Math.Min(MaxDoublings, Math.Log2(weight))) : weight;
        score += context.HasRegion(place.CountryCode, place.Admin1) ? RegionInContext : 0;
        return score;
    }

    public static Place Best(IReadOnlyList<Place> places, PlaceContext context)
    {
        var best = places[0];
        var bestScore = Score(best, context);
        for (var i = 1; i < places.Count; i++)
        {
            var score = Score(places[i], context);
            if (score > bestScore)
            {
                (best, bestScore) = (places[i], score);
            }
        }

        return best;
    }

    public static List<Place> Ordered(IEnumerable<Place> places, PlaceContext context) =>
        [.. places.OrderByDescending(p => Score(p, context)).ThenByDescending(p => p.Population).ThenBy(p => p.GeonameId)];
}
