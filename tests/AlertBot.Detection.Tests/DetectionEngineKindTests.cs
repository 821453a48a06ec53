using AlertBot.Detection.Grouping;
using AlertBot.Detection.Scoring;

namespace AlertBot.Detection.Tests;

/// <summary>What <see cref="DetectionEngine.Analyze"/> says of an article's kind and title: labels, sections and the title's own event.</summary>
public sealed class DetectionEngineKindTests
{
    private const string Body = "Rebel forces captured the city of Mosul on Sunday after two days of fighting.";

    private readonly DetectionEngine _engine = TestGazetteer.Engine();

    [Theory]
    [InlineData("Watch: Rebels capture Mosul", ArticleKind.Media)]
    [InlineData("Video: Rebels capture Mosul", ArticleKind.Media)]
    [InlineData("LIVE: Rebels capture Mosul", ArticleKind.LiveShell)]
    public void Analyze_LabelledVideoOrLivePage_KeepsItsKind(string title, ArticleKind expected)
    {
        // The label is rightly left out of the title that heads an alert, but it still says what sort of page this is.
        Assert.Equal(expected, _engine.Analyze(TestGazetteer.Article(title, Body)).Kind);
    }

    [Fact]
    public void Analyze_ProgrammeEpisodeTitledAsAReport_StaysMedia()
    {
        var article = TestGazetteer.Article("Rebels capture Mosul", "In this episode, we look at how rebel forces captured the city of Mosul on Sunday.") with
        {
            Url = "https://example.com/program/the-week/rebels-capture-mosul",
        };

        Assert.Equal(ArticleKind.Media, _engine.Analyze(article).Kind);
    }

    [Fact]
    public void Analyze_TitleWithAVideoSuffix_SuffixLeftOutOfTheTitle()
    {
        var analysis = _engine.Analyze(TestGazetteer.Article("Rebels capture Mosul - video", Body));

        Assert.Equal("Rebels capture Mosul", analysis.Title);
        Assert.Equal(ArticleKind.Media, analysis.Kind);
    }

    [Theory]
    [InlineData("Six killed in stabbing at Sydney shopping centre", "A man stabbed six people to death at a busy shopping centre in Sydney on Saturday, police said.", EventAction.Killed, EventAction.Attack)]
    [InlineData("Stocks plunge as markets panic", "Stocks plunged on Monday in the worst day for markets since 2020.", EventAction.MarketMove, EventAction.MarketMove)]
    public void Analyze_TitleStatesItsEventInOtherWordsThanTheBody_CarriesTheTitlesKind(string title, string body, EventAction expected, EventAction orElse)
    {
        var analysis = WorldTowns.Engine().Analyze(WorldTowns.Article(title, body));

        Assert.True(analysis.TitleStatesNews);
        Assert.True(analysis.TitleAction == expected || analysis.TitleAction == orElse, $"{analysis.TitleAction}");
    }

    [Theory]
    // What follows a reaction is what it responds to; a reaction after the clause's own event is its aftermath.
    [InlineData("World reactions as Trump declares victory in US presidential election", EventAction.Reacted)]
    [InlineData("Starmer joins world leaders in congratulating Trump on victory", EventAction.Reacted)]
    [InlineData("World reacts to Iran's drone and missile raids on Israel", EventAction.Reacted)]
    [InlineData("Britain's Leaders Condemn Iran's Attacks but Urge Israel to Show Restraint", EventAction.Reacted)]
    [InlineData("Donald Trump declares victory in presidential election as he addresses supporters", EventAction.Election)]
    [InlineData("Israeli strike kills 20 in Gaza, drawing condemnation", EventAction.Killed)]
    public void Analyze_TitleOfAReaction_IsAReactionNotTheEventItRespondsTo(string title, EventAction expected)
    {
        var analysis = WorldTowns.Engine().Analyze(WorldTowns.Article(title, "Leaders around the world responded on Wednesday."));

        Assert.Equal(expected, analysis.TitleAction);
    }

    [Theory]
    [InlineData("Sacked worker shoots ex-colleagues", "A man fired from his job last week opened fire at his former office on Monday, police said.", EventAction.Attack)]
    [InlineData("Jailed activist dies in prison", "The activist, serving a ten-year term, died in his cell on Monday, his lawyer said.", EventAction.Died)]
    [InlineData("1 dead, 2 hurt in office shooting; police say suspect had worked there", "A gunman opened fire in an office building on Monday, killing one person and wounding two.", EventAction.Injured)]
    public void Analyze_TitleWithAParticipleOrAWeakWordBeforeItsEvent_CarriesTheEventsKind(string title, string body, EventAction expected)
    {
        var analysis = WorldTowns.Engine().Analyze(WorldTowns.Article(title, body));

        Assert.Equal(EventFamily.Of(expected), EventFamily.Of(analysis.TitleAction));
    }
}
