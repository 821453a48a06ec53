using AlertBot.Detection.Places;

namespace AlertBot.Chat;

/// <summary>
/// How a place is named to users: its <see cref="Place.Label"/> ("Paris, Texas, US", "Paris, Île-de-France Region, FR");
/// where two places would still read the same, the region code tells them apart.
/// </summary>
public static class PlaceLabel
{
    public static string For(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place.Label;
    }

    /// <summary>The label, told apart from every other place of the same name and country in the gazetteer.</summary>
    public static string Unique(Place place, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var namesakes = gazetteer.Lookup(place.Name).Matches.Where(p => p.GeonameId == place.GeonameId || For(p) == For(place)).ToList();
        if (!namesakes.Any(p => p.GeonameId == place.GeonameId))
        {
            namesakes.Insert(0, place);
        }

        return Distinct(namesakes)[namesakes.FindIndex(p => p.GeonameId == place.GeonameId)];
    }

    /// <summary>Labels for a list of places, none the same as another (two "Paris, US" become "Paris, US (TX)" and "Paris, US (TN)").</summary>
    public static IReadOnlyList<string> Distinct(IReadOnlyList<Place> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var plain = places.Select(For).ToList();
        var clashing = plain.GroupBy(l => l, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return places.Select((p, i) => clashing.Contains(plain[i]) && p.Admin1.Length > 0 ? $"{plain[i]} ({p.Admin1})" : plain[i]).ToList();
    }
}
