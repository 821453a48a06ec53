using AlertBot.Detection.Places;

namespace AlertBot.Detection.Tests.Places;

public sealed class FindMentionsTests
{
    private static IReadOnlyList<string> Find(string text) => Towns.Names(Towns.Gazetteer.FindMentions(text));

    [Theory]
    [InlineData("Hamas fighters said they would hold their positions.", new string[0])]
    [InlineData("Hamas said it had not been consulted about Hama, in Syria.", new[] { "Hama=SY", "Syria=SY" })]
    [InlineData("Fighting spread to Homsville and the hills beyond.", new string[0])]
    public void FindMentions_NameInsideAnotherWord_DoesNotMatch(string text, string[] expected) =>
        Assert.Equal(expected, Find(text));

    [Fact]
    public void FindMentions_PresidentsSurname_IsNotAPlaceAnywhereInTheArticle()
    {
        const string text = "Assad's forces withdrew overnight. President Bashar al-Assad was last seen in Damascus, and Assad has not spoken since.";

        Assert.Equal(["Damascus=SY"], Find(text));
    }

    [Theory]
    [InlineData("Michael Jordan scored 30 points on Sunday.", new string[0])]
    [InlineData("Jordan closed its border crossing on Monday.", new[] { "Jordan=JO" })]
    [InlineData("Thousands of refugees crossed into Jordan overnight.", new[] { "Jordan=JO" })]
    [InlineData("Georgia Smith said the talks had failed.", new string[0])]
    [InlineData("Russia and Georgia signed a ceasefire after the war.", new[] { "Georgia=GE" })]
    [InlineData("Chad Johnson said he would retire at the end of the season.", new string[0])]
    [InlineData("Refugees fled from Sudan into Chad last week.", new[] { "Chad=TD" })]
    [InlineData("Mr Clinton said the plan would work.", new string[0])]
    [InlineData("Bill Clinton visited the region.", new string[0])]
    [InlineData("Clinton said the plan would work.", new string[0])]
    // After "in" the name is where the speakers are, not who speaks.
    [InlineData("Syria's army left. Officials in Homs said the road was closed.", new[] { "Syria=SY", "Homs=SY" })]
    public void FindMentions_PersonOrCountry_DecidedByTheWordsAround(string text, string[] expected) =>
        Assert.Equal(expected, Find(text));

    [Theory]
    [InlineData("Rebels entered Damascus, the capital of Syria, at dawn.", Towns.SyriaDamascusId)]
    [InlineData("Police in Damascus, Oregon, said the highway was closed.", Towns.OregonDamascusId)]
    [InlineData("A storm hit Damascus on Tuesday.", Towns.SyriaDamascusId)]
    public void FindMentions_AmbiguousName_ResolvedByContextThenPopulation(string text, int expectedId)
    {
        var damascus = Towns.Gazetteer.FindMentions(text).Single(m => m.Surface == "Damascus");

        Assert.Equal(expectedId, damascus.Place.GeonameId);
    }

    [Fact]
    public void FindMentions_SameNameNoContext_LargerPopulationWins()
    {
        var paris = Towns.Gazetteer.FindMentions("The summit will be held in Paris next month.").Single();

        Assert.Equal("FR", paris.Place.CountryCode);
    }

    [Fact]
    public void FindMentions_TransliterationWithCountryInContext_MatchesAsVariant()
    {
        var mentions = Towns.Gazetteer.FindMentions("Rebels opened the prison at Sednaya, north of Damascus, as Syria's army withdrew.");

        var sednaya = Assert.Single(mentions, m => m.Surface == "Sednaya");
        Assert.Same(Towns.Saydnaya, sednaya.Place);
        Assert.Equal(PlaceMatchKind.Variant, sednaya.Match);
    }

    [Theory]
    [InlineData("Fighters took Deraa and Suweida in the south of Syria.", new[] { "Syria=SY", "Deraa=SY", "Suweida=SY" })]
    [InlineData("Syria's coast: Tartus was calm.", new[] { "Syria=SY", "Tartus=SY" })]
    [InlineData("Syria: troops left Dayr az Zawr.", new[] { "Syria=SY", "Dayr az Zawr=SY" })]
    public void FindMentions_VariantSpellingsInSyrianStory_AllFound(string text, string[] expected) =>
        Assert.Equal(expected.Order(), Find(text).Order());

    [Fact]
    public void FindMentions_TransliterationWithoutEvidence_IsNotTrusted() =>
        Assert.Empty(Find("Sednaya was quiet on Monday."));

    [Fact]
    public void FindMentions_CapitalisedEnglishWord_IsNoRespellingOfASmallTown()
    {
        // "Kashmir" is a region English writes as such, not a variant of the Pakistani town of Kashmor.
        var pakistan = new Place(-10, "Pakistan", "PK", 30, 70, 200_000_000, []) { FeatureCode = Place.CountryFeature };
        var kashmor = new Place(1174653, "Kashmor", "PK", 28.43, 69.58, 33_732, ["Kashmore"]);
        var gazetteer = new Gazetteer([pakistan, kashmor]);

        var mentions = gazetteer.FindMentions("Pakistan says India struck after the Kashmir attack; Pakistan vows to respond.");

        Assert.DoesNotContain(mentions, m => m.Place == kashmor);
    }

    [Fact]
    public void FindMentions_RespellingOfAHamlet_IsNotTrusted()
    {
        // "Assad" respells no village of 1,100 in the story's country; a respelled seat of a division ("Sednaya") still counts.
        var issad = new Place(1, "Issad", "SY", 35.0, 37.0, 1_100, []);
        var gazetteer = new Gazetteer([Towns.Syria, Towns.Damascus, Towns.Saydnaya, issad]);

        var mentions = gazetteer.FindMentions("Syria: Assad left Damascus as rebels opened the prison at Sednaya.");

        Assert.DoesNotContain(mentions, m => m.Place == issad);
        Assert.Contains(mentions, m => m.Place == Towns.Saydnaya);
    }

    [Fact]
    public void FindMentions_ExactSpelling_BeatsAVariantOfAnotherPlace()
    {
        var hims = new Place(1, "Hims", "SY", 34.7, 36.7, 5_000_000, []);
        var gazetteer = new Gazetteer([Towns.Syria, Towns.Homs, hims]);

        var mention = Assert.Single(gazetteer.FindMentions("Syria: shelling in Homs."), m => m.Surface == "Homs");

        Assert.Same(Towns.Homs, mention.Place);
        Assert.Equal(PlaceMatchKind.Exact, mention.Match);
    }

    [Theory]
    [InlineData("Reading is one of the great pleasures of life.", new string[0])]
    [InlineData("Reading Between The Lines Of The Budget Speech", new string[0])]
    [InlineData("He grew up in Reading before moving abroad.", new string[0])]
    [InlineData("Floods hit Reading, west of London, as Britain braced for more rain.", new[] { "Reading=GB", "Britain=GB" })]
    public void FindMentions_PlaceThatIsACommonWord_NeedsEvidence(string text, string[] expected) =>
        Assert.Equal(expected, Find(text));

    [Theory]
    [InlineData("The US team won the Davis Cup in Spain.", new[] { "US=US" })]
    [InlineData("Reporters waited outside the White House for news.", new string[0])]
    [InlineData("Floods hit Davis, a US college town.", new[] { "Davis=US", "US=US" })]
    public void FindMentions_NameOfSomethingElse_IsNotAPlace(string text, string[] expected) =>
        Assert.Equal(expected, Find(text));

    [Theory]
    [InlineData("REBELS SEIZE HOMS AFTER LONG SIEGE", new[] { "HOMS=SY" })]
    [InlineData("Rebels Seize Homs After Long Siege", new[] { "Homs=SY" })]
    [InlineData("READING BETWEEN THE LINES", new string[0])]
    public void FindMentions_Headlines_CapitalisationIsNoEvidenceForCommonWords(string text, string[] expected) =>
        Assert.Equal(expected, Find(text));

    [Fact]
    public void FindMentions_Demonym_MapsToTheCountry()
    {
        var mention = Assert.Single(Towns.Gazetteer.FindMentions("Syrian troops withdrew from the base."));

        Assert.Same(Towns.Syria, mention.Place);
        Assert.Equal(PlaceMatchKind.Demonym, mention.Match);
    }

    [Theory]
    [InlineData("The US and UK said they were watching closely.", new[] { "US=US", "UK=GB" })]
    [InlineData("Us and them.", new string[0])]
    [InlineData("Officials in the U.S. said little.", new[] { "U.S.=US" })]
    public void FindMentions_ShortNames_MustMatchInCase(string text, string[] expected) =>
        Assert.Equal(expected, Find(text));

    [Fact]
    public void FindMentions_MultiWordName_ReportsExactSpan()
    {
        const string text = "Kurdish-led forces held Deir ez-Zor's airport.";

        var mention = Assert.Single(Towns.Gazetteer.FindMentions(text));

        Assert.Equal("Deir ez-Zor", mention.Surface);
        Assert.Equal(text.IndexOf("Deir", StringComparison.Ordinal), mention.Start);
        Assert.Equal("Deir ez-Zor".Length, mention.Length);
    }

    [Fact]
    public void FindMentions_WithDocumentContext_ResolvesASentenceOnItsOwn()
    {
        const string article = "Syria's rebels advanced overnight.\nThey said they had freed prisoners at Sednaya.";
        var context = Towns.Gazetteer.ContextOf(article);

        var alone = Towns.Gazetteer.FindMentions("They said they had freed prisoners at Sednaya.");
        var withContext = Towns.Gazetteer.FindMentions("They said they had freed prisoners at Sednaya.", context);

        Assert.Empty(alone);
        Assert.Same(Towns.Saydnaya, Assert.Single(withContext).Place);
        Assert.Contains("SY", context.Countries);
    }

    [Fact]
    public void ContextOf_TitledName_RecordsThePersonsNames()
    {
        var context = Towns.Gazetteer.ContextOf("President Bashar al-Assad spoke.");

        Assert.Contains("assad", context.PersonWords);
        Assert.Contains("bashar", context.PersonWords);
    }
}
