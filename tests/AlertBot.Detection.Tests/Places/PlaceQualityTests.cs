using AlertBot.Detection.Places;

namespace AlertBot.Detection.Tests.Places;

/// <summary>Regressions from real feeds, on the embedded gazetteer: names of people, firms and shows, English spellings, /city answers.</summary>
public sealed class PlaceQualityTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.LoadDefault();

    [Theory]
    [InlineData("Donald Trump wins US election in monumental political comeback", new[] { "US" })]
    [InlineData("Donald Trump will return to the White House after a stunning victory.", new string[0])]
    [InlineData("Supporters cheered as Donald waved from the stage.", new string[0])]
    [InlineData("Elon Musk said the rocket would fly again.", new string[0])]
    [InlineData("Rami Malek visited the set in Cairo.", new[] { "Cairo" })]
    [InlineData("Arab leaders met in Riyadh on Sunday.", new[] { "Riyadh" })]
    public void FindMentions_GivenNamesAndEverydayCapitalisedWords_AreNoPlaces(string text, string[] expected) =>
        Assert.Equal(expected, Gazetteer.FindMentions(text).Select(m => m.Surface));

    [Theory]
    [InlineData("The New York Times reported that talks had stalled.", new string[0])]
    [InlineData("Protesters marched through New York on Saturday.", new[] { "New York" })]
    [InlineData("Queen Camilla has a chest infection, Buckingham Palace says.", new string[0])]
    [InlineData("Snow caps Japan's Mount Fuji to end record lapse", new[] { "Japan" })]
    [InlineData("Factories in Fuji closed after the earthquake in Japan.", new[] { "Fuji", "Japan" })]
    public void FindMentions_NameOfAnOrganisation_IsNoPlace(string text, string[] expected) =>
        Assert.Equal(expected, Gazetteer.FindMentions(text).Select(m => m.Surface));

    [Theory]
    [InlineData("Floods kill 20 in Sindh", "Sindh", "PK")]
    [InlineData("Wildfire forces evacuations in Catalonia", "Catalonia", "ES")]
    [InlineData("Bus plunges into gorge in India's Uttarakhand", "Uttarakhand", "IN")]
    [InlineData("Stabbing at Sydney shopping centre, New South Wales police say", "New South Wales", "AU")]
    [InlineData("Protests spread across Sindh Province", "Sindh Province", "PK")]
    public void FindMentions_BigRegionOfAnyCountry_IsAPlace(string text, string surface, string country) =>
        Assert.Contains(Gazetteer.FindMentions(text), m => m.Surface == surface && m.Place.IsRegion && m.Place.CountryCode == country);

    [Theory]
    // A region's bare name that is its main town's is the town; a bare adjective is no region.
    [InlineData("Rebels entered Hama on Thursday.", "Hama")]
    [InlineData("Shelling hit Donetsk overnight.", "Donetsk")]
    public void FindMentions_RegionNamedForItsTown_IsTheTown(string text, string surface) =>
        Assert.Contains(Gazetteer.FindMentions(text), m => m.Surface == surface && m.Place.IsSettlement);

    [Fact]
    public void FindMentions_RegionAdjective_IsNoPlace() =>
        Assert.Empty(Gazetteer.FindMentions("A Silesian miner and a Flemish painter met."));

    [Theory]
    [InlineData("A Manchester United fan was attacked in Leeds.", new[] { "Leeds" })]
    [InlineData("Real Madrid fans clashed with police in Bilbao.", new[] { "Bilbao" })]
    [InlineData("Bolton Wanderers and Inter Milan agreed the fee.", new string[0])]
    [InlineData("Floods hit Manchester and Milan.", new[] { "Manchester", "Milan" })]
    public void FindMentions_ClubNamedForItsTown_IsNoPlace(string text, string[] expected) =>
        Assert.Equal(expected, Gazetteer.FindMentions(text).Select(m => m.Surface));

    [Theory]
    [InlineData("Beverly Hills, 90210 star Shannen Doherty dies at 53", new string[0])]
    [InlineData("Fans gathered in Beverly Hills, California, to remember her.", new[] { "Beverly Hills", "California" })]
    [InlineData("Floods hit Valencia, 2024 brought the worst in decades.", new[] { "Valencia" })]
    public void FindMentions_NameBeforeACode_IsATitleNotAPlace(string text, string[] expected) =>
        Assert.Equal(expected, Gazetteer.FindMentions(text).Select(m => m.Surface));

    [Theory]
    [InlineData("Syrian rebels entered Hama after government forces withdrew from Homs.", "Hama", 170017)]
    [InlineData("Israeli strikes on Baalbek in eastern Lebanon killed 40 people.", "Baalbek", 277130)]
    [InlineData("Clashes erupted in Daraa, in southern Syria, and in Damascus.", "Daraa", 170905)]
    [InlineData("Tourists returned to Seville as Spain lifted the restrictions.", "Seville", 2510911)]
    public void FindMentions_EnglishSpelling_FindsTheGeoNamesPlace(string text, string surface, int geonameId) =>
        Assert.Contains(Gazetteer.FindMentions(text), m => m.Surface == surface && m.Place.GeonameId == geonameId);

    [Theory]
    [InlineData("Hama", 170017)]
    [InlineData("Jenin", 283506)]
    [InlineData("Quneitra", 173334)]
    [InlineData("Sednaya", 164717)]
    [InlineData("Daraa", 170905)]
    [InlineData("Seville", 2510911)]
    [InlineData("Palmyra", 163808)]
    [InlineData("Kiev", 703448)]
    [InlineData("Paris", 2988507)]
    public void Lookup_EnglishName_BestIsTheBigPlaceOfThatName(string query, int geonameId) =>
        Assert.Equal(geonameId, Gazetteer.Lookup(query).Best?.GeonameId);

    [Theory]
    [InlineData("xyz")]
    [InlineData("Rami")]
    [InlineData("The Syrian")]
    [InlineData("Donald Trump")]
    public void Lookup_NoSuchPlace_MatchesNothingRatherThanGuessing(string query) =>
        Assert.Empty(Gazetteer.Lookup(query).Matches);

    [Fact]
    public void Lookup_Xyz_OffersNoSuggestionsEither() =>
        Assert.Empty(Gazetteer.Lookup("xyz").Suggestions);

    [Fact]
    public void Lookup_Paris_EveryChoiceLabelledWithItsRegionAndNoLabelTwice()
    {
        var matches = Gazetteer.Lookup("Paris").Matches;

        Assert.Equal("Paris, Île-de-France Region, FR", matches[0].Label);
        Assert.Contains(matches, p => p.Label == "Paris, Texas, US");
        Assert.Equal(matches.Count, matches.Select(p => p.Label).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData(170017, "Hama", "Hama, Hama Governorate, SY")]
    [InlineData(2510911, "Seville", "Seville, Andalusia, ES")]
    [InlineData(1185241, "Dhaka", "Dhaka, BD")]
    public void FindById_Place_CarriesItsEnglishNameAndRegionLabel(int geonameId, string english, string label)
    {
        var place = Gazetteer.FindById(geonameId)!;

        Assert.Equal(english, place.EnglishName);
        Assert.Equal(label, place.Label);
    }

    [Fact]
    public void FindById_SamePlaceTwice_OneObject() =>
        Assert.Same(Gazetteer.FindById(170017), Gazetteer.FindById(170017));

    [Theory]
    [InlineData(new[] { "Israeli strikes on eastern Lebanon kill 40", "Strikes hit Baalbek and villages of the Bekaa valley, Lebanese officials said." }, "Baalbek")]
    [InlineData(new[] { "Bangladesh PM Sheikh Hasina resigns and flees", "Protesters stormed her residence in Dhaka as the army took charge of Bangladesh." }, "Dhaka")]
    [InlineData(new[] { "Ukraine strikes Russian HQ in Luhansk", "Kyiv said its missiles hit a command post in Luhansk, in eastern Ukraine." }, "Luhansk")]
    [InlineData(new[] { "Iran launches drones at Israel", "Iran said the attack was retaliation." }, "Iran")]
    public void PlacesNamed_TitlesAndLeads_MostSpecificPlaceFirst(string[] texts, string expected)
    {
        var named = Gazetteer.PlacesNamed(texts);

        Assert.Equal(expected, named[0].Place.EnglishName);
        Assert.Equal(named.OrderBy(n => n.Kind).Select(n => n.Place), named.Select(n => n.Place));
    }

    [Fact]
    public void PlacesNamed_CountryOnly_IsKindCountryNeverASettlement()
    {
        var named = Gazetteer.PlacesNamed(["Iran launches drones at Israel", "Iran said the attack was retaliation."]);

        Assert.All(named, n => Assert.Equal(PlaceKind.Country, n.Kind));
        Assert.Equal(2, named.Single(n => n.Place.CountryCode == "IR").Texts);
    }
}
