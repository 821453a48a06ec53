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

    [Theory]
    [InlineData(300)]
    [InlineData(0.5)]
    [InlineData(5_000)]
    public void GeoDistanceWithin_LatitudesAboutTheDistanceApart_AgreesWithKilometres(double km)
    {
        // Pairs whose latitudes alone are about km apart (where skipping the trigonometry could go wrong), on the same
        // meridian and across the date line, near the poles and the equator.
        var degrees = km / 111.195;
        foreach (var lat in new[] { -89.9, -60, -1, 0, 33.5, 71, 90 })
        {
            foreach (var gap in new[] { 0, degrees * 0.999, degrees, degrees * 1.001, degrees * 2, 179 - lat })
            {
                foreach (var (lon1, lon2) in new[] { (10.0, 10.0), (179.5, -179.5), (0.0, 2.0), (-40.0, 140.0) })
                {
                    var lat2 = Math.Clamp(lat + gap, -90, 90);
                    Assert.Equal(GeoDistance.Kilometres(lat, lon1, lat2, lon2) <= km, GeoDistance.Within(lat, lon1, lat2, lon2, km));
                    Assert.Equal(GeoDistance.Kilometres(lat2, lon2, lat, lon1) <= km, GeoDistance.Within(lat2, lon2, lat, lon1, km));
                }
            }
        }
    }
}
