using AlertBot.Detection.Places;

namespace AlertBot.Detection.Tests.Places;

/// <summary>The embedded GeoNames data: loads once, knows countries, and resolves real spellings.</summary>
public sealed class DefaultGazetteerTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.LoadDefault();

    [Fact]
    public void LoadDefault_Twice_SameInstanceWithAllCities()
    {
        Assert.Same(Gazetteer, Gazetteer.LoadDefault());
        Assert.InRange(Gazetteer.Count, 130_000, 200_000);
    }

    [Fact]
    public async Task LoadDefault_ConcurrentCallers_ShareOneInstance()
    {
        var loads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(Gazetteer.LoadDefault)));

        Assert.All(loads, loaded => Assert.Same(Gazetteer, loaded));
    }

    [Theory]
    [InlineData("Syria", "SY")]
    [InlineData("Turkey", "TR")]
    [InlineData("UK", "GB")]
    [InlineData("Ivory Coast", "CI")]
    public void Lookup_CountryName_IsTheCountry(string name, string code)
    {
        var best = Gazetteer.Lookup(name).Best;

        Assert.NotNull(best);
        Assert.True(best.IsCountry);
        Assert.Equal(code, best.CountryCode);
    }

    [Theory]
    [InlineData("Sednaya", "SY")]
    [InlineData("deraa", "SY")]
    [InlineData("Damascus", "SY")]
    [InlineData("Homs", "SY")]
    [InlineData("Oregon", "US")]
    public void Lookup_RealQueries_ResolveToExpectedCountry(string query, string code) =>
        Assert.Equal(code, Gazetteer.Lookup(query).Best?.CountryCode);

    [Theory]
    // GeoNames renders a municipal suffix as " City"; news writes the bare name.
    [InlineData("Quake hits Hualien, Taiwan's strongest in 25 years", "Hualien City")]
    [InlineData("Typhoon makes landfall near Cebu", "Cebu City")]
    [InlineData("Fire in Los Angeles kills two", "Los Angeles")]
    public void FindMentions_BareNameOfACity_IsThatCity(string text, string expected)
    {
        Assert.Contains(Gazetteer.FindMentions(text), m => m.Place.Name == expected);
    }

    [Theory]
    // In English-speaking countries "City" is part of the name: "Midwest" is a region of the US, "Daly" a surname.
    [InlineData("Storms batter the Midwest")]
    [InlineData("Daly said the plan would fail")]
    public void FindMentions_BareNameOfAnEnglishSpeakingCountrysCity_IsNoPlace(string text)
    {
        Assert.DoesNotContain(Gazetteer.FindMentions(text), m => m.Place.CountryCode == "US");
    }


    [Theory]
    // Mosul's alias "Mosel" is the German river; "Ismail" is Izmail's Romanian name and a given name; the Mosel is a river.
    [InlineData("Two dead, more trapped in hotel collapse on Germany's Mosel River", "Mosul")]
    [InlineData("Hotel collapses on the Mosel River, trapping guests", "Mosul")]
    [InlineData("Hamas names Yahya Sinwar as new leader after Ismail Haniyeh's killing", "Izmail")]
    public void FindMentions_NamesakeOfAnotherPlaceOrPerson_IsNotThatTown(string text, string town)
    {
        Assert.DoesNotContain(Gazetteer.FindMentions(text), m => m.Place.Name == town);
    }

    [Theory]
    // A country's possessive says where the place after it is, and it is still that place.
    [InlineData("Missiles hit Ukraine's Kharkiv overnight", "Kharkiv", "UA")]
    [InlineData("Israeli strikes hit Lebanon's Baalbek", "Baalbek", "LB")]
    [InlineData("Shelling resumes in Syria's Homs", "Homs", "SY")]
    public void FindMentions_AfterACountrysPossessive_IsThePlaceInThatCountry(string text, string name, string country)
    {
        Assert.Contains(Gazetteer.FindMentions(text), m => m.Place.Name == name && m.Place.CountryCode == country);
    }
    [Fact]
    public void Lookup_Homz_SuggestsHoms()
    {
        var lookup = Gazetteer.Lookup("Homz");

        Assert.Empty(lookup.Matches);
        Assert.Contains(lookup.Suggestions, p => p.GeonameId == 169577);
    }

    [Fact]
    public void FindMentions_SyrianStory_PlacesEveryTownInSyria()
    {
        const string text = "Rebels say they have taken full control of Homs after the army withdrew towards Damascus. " +
            "Crowds gathered outside Sednaya prison. Hamas and President Bashar al-Assad's allies said nothing.";

        var mentions = Gazetteer.FindMentions(text);

        Assert.Equal(["Homs", "Damascus", "Sednaya"], mentions.Select(m => m.Surface));
        Assert.All(mentions, m => Assert.Equal("SY", m.Place.CountryCode));
    }

    [Fact]
    public void FindMentions_DamascusOregonStory_PlacesItInOregon()
    {
        var mention = Gazetteer.FindMentions("Police in Damascus, Oregon, closed the highway.").First();

        Assert.Equal("US", mention.Place.CountryCode);
        Assert.Equal("OR", mention.Place.Admin1);
    }
}
