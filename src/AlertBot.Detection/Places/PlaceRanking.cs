namespace AlertBot.Detection.Places;

/// <summary>Orders the readings of an ambiguous name: the document's countries and regions first, then size.</summary>
internal static class PlaceRanking
{
    private const double CountryInContext = 3;
    private const double RegionInContext = 3;

    public static double Score(Place place, PlaceContext context)
    {
        var score = Math.Log10(Math.Max(1, place.Population));
        score += place.IsCountry ? 1.5 : place.IsRegion ? 0.5 : 0;
        score += place.IsCapital ? 1 : place.FeatureCode == "PPLA" ? 0.5 : 0;
        score += context.HasCountry(place.CountryCode) ? CountryInContext : 0;
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
