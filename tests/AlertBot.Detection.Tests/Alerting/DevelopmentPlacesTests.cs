using AlertBot.Detection.Alerting;

namespace AlertBot.Detection.Tests.Alerting;

public sealed class DevelopmentPlacesTests
{
    private const int Town = 1;
    private const int OtherTown = 2;
    private const int ThirdTown = 3;
    private const int Region = 10;
    private const int Country = 100;

    private static int Specificity(int id) => id switch { >= 100 => 2, >= 10 => 1, _ => 0 };

    [Fact]
    public void Rank_TownRegionAndCountry_MostSpecificFirstWhateverTheVotes()
    {
        var sources = new[]
        {
            Sources.Of("a", 0.5, places: [Country, Region]),
            Sources.Of("b", 0.5, places: [Country, Region], minutes: 1),
            Sources.Of("c", 0.5, places: [Town, Country], minutes: 2),
        };

        Assert.Equal([Town, Region, Country], DevelopmentPlaces.Rank(sources, Specificity));
    }

    [Fact]
    public void Rank_TwoTowns_TheOneMoreSourcesNameFirst()
    {
        var sources = new[]
        {
            Sources.Of("a", 0.5, places: [Town]),
            Sources.Of("b", 0.5, places: [OtherTown], minutes: 1),
            Sources.Of("c", 0.5, places: [OtherTown], minutes: 2),
        };

        Assert.Equal([OtherTown, Town], DevelopmentPlaces.Rank(sources, Specificity));
    }

    [Fact]
    public void Rank_TownsEquallyNamed_TheOneASourceRanksHigherFirst()
    {
        var sources = new[]
        {
            Sources.Of("a", 0.5, places: [ThirdTown, Town]),
            Sources.Of("b", 0.5, places: [OtherTown, Town], minutes: 1),
            Sources.Of("c", 0.5, places: [ThirdTown, OtherTown], minutes: 2),
        };

        // Each is named twice; Third and Other each lead a source, Town none. Third was seen first.
        Assert.Equal([ThirdTown, OtherTown, Town], DevelopmentPlaces.Rank(sources, Specificity));
    }

    [Fact]
    public void Rank_TiesAllRound_TheFirstSeenFirstWhateverTheListOrder()
    {
        var later = Sources.Of("a", 0.5, places: [OtherTown], minutes: 30);
        var earlier = Sources.Of("b", 0.5, places: [Town], minutes: 0);

        Assert.Equal([Town, OtherTown], DevelopmentPlaces.Rank([later, earlier], Specificity));
    }

    [Fact]
    public void Rank_NoSourceNamesAPlace_IsEmpty()
    {
        Assert.Empty(DevelopmentPlaces.Rank([Sources.Of("a", 0.5)], Specificity));
    }
}
