using AlertBot.Detection.Events;

namespace AlertBot.Detection.Tests;

/// <summary>What leads an article's development: the title's event when it states more than the lead, the dateline's city.</summary>
public sealed class DetectionEngineLeadTests
{
    private readonly DetectionEngine _engine = WorldTowns.Engine();

    [Fact]
    public void Analyze_TitleStatesMoreThanTheLead_TitlesEventLeads()
    {
        // Seen on a live feed: the description tells of damaged houses, the title of the deaths.
        var analysis = _engine.Analyze(WorldTowns.Article(
            "Dozens killed in Afghanistan as heavy rains set off flash floods",
            "Most casualties have been from roof collapses, while some 600 houses have been damaged or destroyed, authorities say."));

        var development = analysis.Developments[0];
        Assert.Equal(EventAction.Killed, development.Action);
        Assert.True(development.IsHeadline, $"significance {development.Significance}");
    }

    [Fact]
    public void Analyze_TitleNamesTheTownOfTheLeadsCountry_TitleLeadsOneDevelopment()
    {
        // The lead names only the country the title's town is in: one event, and the title's firmer words and town count.
        var analysis = _engine.Analyze(WorldTowns.Article(
            "Rebels seize Herat in surprise offensive",
            "Insurgents swept into Afghanistan's third city on Saturday."));

        var development = Assert.Single(analysis.Developments);
        Assert.Equal("Rebels seize Herat in surprise offensive", development.Headline);
        Assert.True(development.IsHeadline, $"significance {development.Significance}");
    }

    [Fact]
    public void Analyze_TitleStatesAsMuchAsTheLead_TitlesEventLeads()
    {
        // Fleeing and an end of rule weigh the same: the outlet's headline says which happened.
        var analysis = _engine.Analyze(WorldTowns.Article(
            "President flees Afghanistan as rebels take Herat",
            "The rebels declared the end of his rule."));

        Assert.Equal(EventAction.Fled, analysis.Developments[0].Action);
        Assert.True(analysis.Developments[0].IsHeadline, $"significance {analysis.Developments[0].Significance}");
    }

    [Fact]
    public void Analyze_LeadTellsALesserKindOfEvent_TitlesEventStaysTheNews()
    {
        // A seizure of power over a charge: no paraphrase, and the title's event is the news.
        var analysis = _engine.Analyze(WorldTowns.Article(
            "President declares martial law in Afghanistan",
            "The president accused the opposition of anti-state activities in a late-night address."));

        Assert.Equal(EventAction.Ousted, analysis.Developments[0].Action);
        Assert.True(analysis.Developments[0].IsHeadline, $"significance {analysis.Developments[0].Significance}");
    }

    [Fact]
    public void Analyze_TitleParaphrasesTheLeadsEvent_OneDevelopment()
    {
        var analysis = _engine.Analyze(WorldTowns.Article(
            "Floods hit Herat",
            "Flash floods swept through villages near Herat on Friday, killing at least 30 people and destroying hundreds of homes, officials said."));

        Assert.Single(analysis.Developments);
    }

    [Fact]
    public void Analyze_WireDatelineAndACountryInTheLead_PlacesTheDatelinesCity()
    {
        var analysis = _engine.Analyze(WorldTowns.Article(
            "Nobel laureate chosen to lead interim government",
            "DHAKA, Bangladesh — A Nobel laureate has been chosen to head the interim government of Afghanistan's neighbour after the prime minister resigned and fled abroad."));

        Assert.Equal("Dhaka", analysis.Developments[0].Places[0].Name);
    }

    [Fact]
    public void Analyze_StandfirstOfShortBulletsBeforeTheLead_PlacesTheLeadsCity()
    {
        var analysis = _engine.Analyze(WorldTowns.Article(
            "Train carrying lawmakers hits truck in Tanzania",
            "One person was killed\nTwo crew members were taken to hospital\n"
            + "A chartered train struck a rubbish truck south of Arusha on Wednesday, officials said."));

        Assert.Equal("Arusha", analysis.Developments[0].Places[0].Name);
    }

    [Fact]
    public void Analyze_LeadNamesACity_DatelineDoesNotDisplaceIt()
    {
        var analysis = _engine.Analyze(WorldTowns.Article(
            "Floods kill dozens",
            "DHAKA, Bangladesh — Flash floods swept through villages near Herat on Friday, killing at least 30 people, officials said."));

        Assert.Equal("Herat", analysis.Developments[0].Places[0].Name);
    }

    [Fact]
    public void Analyze_LongArticleWhoseOwnNewsIsOrdinary_BodyBreaksNoFurtherNews()
    {
        var analysis = _engine.Analyze(WorldTowns.Article(
            "Film about Sydney siege postponed",
            "The release of a film about the siege has been postponed until next year. "
            + "The director said the edit needed more time. "
            + "Six people were shot dead by gunmen in the siege in Sydney in 2014. "
            + "Police arrested two suspects after the siege. "
            + "The film stars several well-known actors. "
            + "It was due out in March."));

        Assert.Single(analysis.Developments);
    }

    [Theory]
    [InlineData("Carry On actress dies aged 80", "The actress, who starred in a dozen comedies, died peacefully at her home on Sunday, her agent said.")]
    [InlineData("Serena ends Mirza's dream in Sydney", "Serena Williams beat Sania Mirza in straight sets in Sydney on Friday.")]
    public void Analyze_OrdinaryNewsInHeadlineWords_IsNoHeadline(string title, string body)
    {
        var development = _engine.Analyze(WorldTowns.Article(title, body)).Developments[0];

        Assert.False(development.IsHeadline, $"{development.Action} {development.Significance}");
    }

    [Fact]
    public void Analyze_TitleStatesLesserNewsThanItsBody_TitlesNewsLeads()
    {
        // The BBC control set's "Tsunami slows Sri Lanka's growth": the deaths its body recalls are the background.
        var analysis = _engine.Analyze(WorldTowns.Article(
            "Two men arrested in Sydney over fraud",
            "Police in Sydney arrested two men on Friday over a fraud, officers said. "
            + "Flash floods killed 40 people in Herat on Friday, officials said."));

        Assert.Equal(EventAction.Arrested, analysis.Developments[0].Action);
    }
}
