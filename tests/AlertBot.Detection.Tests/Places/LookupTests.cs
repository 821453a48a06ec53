using AlertBot.Detection.Places;

namespace AlertBot.Detection.Tests.Places;

public sealed class LookupTests
{
    private static readonly Gazetteer Gazetteer = Towns.Gazetteer;

    [Theory]
    [InlineData("Homs", 169577)]
    [InlineData("  homs ", 169577)]
    [InlineData("HAMAH", 170017)]
    [InlineData("Ḩamāh", 170017)]
    [InlineData("deir ez-zor", 170794)]
    [InlineData("Deir ez Zor", 170794)]
    public void Lookup_ExactIgnoringCaseAndAccents_FindsPlace(string query, int expectedId)
    {
        var lookup = Gazetteer.Lookup(query);

        Assert.Equal(expectedId, lookup.Best?.GeonameId);
        Assert.Empty(lookup.Suggestions);
    }

    [Theory]
    [InlineData("Sednaya", 164717)]
    [InlineData("deraa", 170905)]
    [InlineData("Suweida", 172408)]
    [InlineData("Hama", 170017)]
    [InlineData("Tartus", 163345)]
    [InlineData("Dayr az Zawr", 170794)]
    [InlineData("Maadamiyah", 166365)]
    public void Lookup_OtherTransliteration_FindsPlace(string query, int expectedId) =>
        Assert.Equal(expectedId, Gazetteer.Lookup(query).Best?.GeonameId);

    [Fact]
    public void Lookup_SharedName_RankedByPopulation()
    {
        var lookup = Gazetteer.Lookup("Damascus");

        Assert.Equal([Towns.Damascus, Towns.DamascusMaryland, Towns.DamascusOregon], lookup.Matches);
    }

    [Theory]
    [InlineData("Homz", 169577)]
    [InlineData("Damscus", 170654)]
    [InlineData("Amma", 250441)]
    public void Lookup_Misspelling_SuggestsCloseNames(string query, int expectedId)
    {
        var lookup = Gazetteer.Lookup(query);

        Assert.Empty(lookup.Matches);
        Assert.Equal(expectedId, lookup.Suggestions[0].GeonameId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Qwxyzzy Flurb")]
    public void Lookup_Nonsense_FindsNothing(string query)
    {
        var lookup = Gazetteer.Lookup(query);

        Assert.Null(lookup.Best);
        Assert.Empty(lookup.Matches);
    }

    [Fact]
    public void FindById_KnownAndUnknownIds()
    {
        Assert.Same(Towns.Homs, Gazetteer.FindById(169577));
        Assert.Null(Gazetteer.FindById(42));
    }

    [Fact]
    public void Near_Damascus_ListsNearbyTownsNearestFirst()
    {
        var near = Gazetteer.Near(Towns.Damascus.Latitude, Towns.Damascus.Longitude, 50);

        Assert.Equal([Towns.Damascus, Towns.Muadamiyah, Towns.Saydnaya], near);
    }

    [Theory]
    [InlineData(33.5102, 36.2913, 45.4176, -122.459, 11_080, 150)]
    [InlineData(34.7268, 36.7234, 33.5102, 36.2913, 140, 15)]
    [InlineData(10, 20, 10, 20, 0, 0.001)]
    public void GeoDistance_KnownPairs_WithinTolerance(double lat1, double lon1, double lat2, double lon2, double expectedKm, double toleranceKm) =>
        Assert.InRange(GeoDistance.Kilometres(lat1, lon1, lat2, lon2), expectedKm - toleranceKm, expectedKm + toleranceKm);
}
