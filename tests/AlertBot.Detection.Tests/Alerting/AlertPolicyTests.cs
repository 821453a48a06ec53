using AlertBot.Detection.Alerting;
using AlertBot.Detection.Scoring;

namespace AlertBot.Detection.Tests.Alerting;

public sealed class AlertPolicyTests
{
    /// <summary>As the pipeline asks: with the headline <see cref="HeadlineChooser"/> gives for the sources.</summary>
    private static bool ShouldAlert(IReadOnlyList<SourceFacts> sources) =>
        AlertPolicy.ShouldAlert(sources, HeadlineChooser.Choose(sources).Headline);

    [Theory]
    [InlineData(AlertPolicy.Alone, true)]
    [InlineData(AlertPolicy.Alone - 0.01, false)]
    public void ShouldAlert_OneOutletsReport_AlertsAloneAtTheAloneSignificance(double significance, bool expected)
    {
        Assert.Equal(expected, ShouldAlert([Sources.Of("wire", significance)]));
    }

    [Theory]
    [InlineData(AlertPolicy.Confirmed, true)]
    [InlineData(AlertPolicy.Confirmed - 0.01, false)]
    public void ShouldAlert_TwoOutlets_AlertAtTheConfirmedSignificance(double significance, bool expected)
    {
        Assert.Equal(expected, ShouldAlert([Sources.Of("wire", significance), Sources.Of("daily", 0.1, minutes: 30)]));
    }

    [Fact]
    public void ShouldAlert_NoSourceStatesItInASoundLine_WaitsForOneThatDoes()
    {
        var fragment = Sources.Of("wire", 0.9, title: null, headline: "He has been charged with the murder of three guards");

        Assert.False(ShouldAlert([fragment]));
        Assert.True(ShouldAlert([fragment, Sources.Of("daily", 0.9, title: "Gunman charged with murder of three guards", minutes: 30)]));
    }

    [Fact]
    public void ShouldAlert_TwoItemsOfOneOutlet_AreNoConfirmation()
    {
        Assert.False(ShouldAlert([Sources.Of("wire", 0.4), Sources.Of("wire", 0.4, minutes: 30)]));
    }

    [Theory]
    [InlineData(ArticleKind.Explainer)]
    [InlineData(ArticleKind.Opinion)]
    [InlineData(ArticleKind.Question)]
    [InlineData(ArticleKind.Feature)]
    [InlineData(ArticleKind.Profile)]
    [InlineData(ArticleKind.Preview)]
    [InlineData(ArticleKind.Digest)]
    [InlineData(ArticleKind.LiveShell)]
    [InlineData(ArticleKind.Media)]
    public void ShouldAlert_AnalysisPieceAlone_NeverStarts(ArticleKind kind)
    {
        Assert.False(ShouldAlert([Sources.Of("wire", 1.0, kind: kind), Sources.Of("daily", 1.0, kind: kind)]));
    }

    [Fact]
    public void ShouldAlert_LivePageConfirmsAReport_Alerts()
    {
        Assert.True(ShouldAlert([Sources.Of("wire", 0.4), Sources.Of("daily", 0.9, kind: ArticleKind.LiveShell)]));
    }

    [Fact]
    public void ShouldAlert_OpinionPieceOfAnotherOutlet_IsNoConfirmation()
    {
        Assert.False(ShouldAlert([Sources.Of("wire", 0.4), Sources.Of("daily", 0.9, kind: ArticleKind.Opinion)]));
    }

    [Fact]
    public void ShouldAlert_OnlyOldReports_DoNotStart()
    {
        Assert.False(ShouldAlert([Sources.Of("wire", 0.9, fresh: false), Sources.Of("daily", 0.9, fresh: false)]));
    }

    [Fact]
    public void ShouldAlert_TitleThatDoesNotStateTheNews_CountsForLess()
    {
        var untitled = Sources.Of("wire", 0.9, title: "Residents recount a night of fear", statesNews: false);

        Assert.False(ShouldAlert([untitled]));
        Assert.True(ShouldAlert([untitled, Sources.Of("daily", 0.1, minutes: 30)]));
    }

    [Theory]
    // "With Iran's strikes, Arab countries fear …" over a lead that tells the attack, confirmed only by a live page: no title
    // says it happened and one outlet's lead does, which analysis around a story does as often as news.
    [InlineData(ArticleKind.LiveShell, false)]
    [InlineData(ArticleKind.Media, false)]
    // A second outlet's plain report telling it in its lead makes it news.
    [InlineData(ArticleKind.Report, true)]
    public void ShouldAlert_NoTitleStatesItAndOneOutletsLeadDoes_NeedsASecondOutletsReport(ArticleKind second, bool expected)
    {
        var analysis = Sources.Of("wire", 1.0, title: "With the strikes, neighbours fear a wider war", statesNews: false);
        var other = Sources.Of("daily", 1.0, title: "Attack on the capital", statesNews: false, kind: second, minutes: 30);

        Assert.Equal(expected, ShouldAlert([analysis, other]));
    }

    [Fact]
    public void ShouldAlert_FurtherDevelopmentOfALongArticle_HasNoTitleToDiscount()
    {
        Assert.True(ShouldAlert([Sources.Of("wire", AlertPolicy.Alone, title: null, statesNews: false)]));
    }

    [Fact]
    public void Outlets_TwoItemsOfOneOutlet_CountOnce()
    {
        Assert.Equal(2, AlertPolicy.Outlets([Sources.Of("wire", 0.5), Sources.Of("WIRE", 0.5, minutes: 5), Sources.Of("daily", 0.5, minutes: 9)]));
    }

    [Fact]
    public void Outlets_OpinionAndExplainers_DoNotCount()
    {
        Assert.Equal(1, AlertPolicy.Outlets([
            Sources.Of("wire", 0.5),
            Sources.Of("daily", 0.5, kind: ArticleKind.Opinion),
            Sources.Of("weekly", 0.5, kind: ArticleKind.Explainer),
        ]));
    }

    [Theory]
    [InlineData("Analysis: Rebels capture Mosul, and what comes next")]
    [InlineData("Who are the rebels who captured Mosul")]
    [InlineData("What we know about the fall of Mosul")]
    [InlineData("Opinion: The fall of Mosul changes everything")]
    public void ShouldAlert_AnalysisPieceOnItsOwn_NeverStartsWhereAReportWould(string title)
    {
        const string body = "Rebel forces captured the city of Mosul on Sunday after two days of heavy fighting, the army said.";
        var engine = TestGazetteer.Engine();
        var report = TestGazetteer.Article("Rebels capture Mosul", body, "wire");
        var piece = TestGazetteer.Article(title, body, "daily");

        Assert.True(ShouldAlert([Sources.From(report, engine.Analyze(report))]));
        Assert.False(ShouldAlert([Sources.From(piece, engine.Analyze(piece))]));
    }
}
