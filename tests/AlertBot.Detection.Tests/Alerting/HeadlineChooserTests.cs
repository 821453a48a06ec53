using AlertBot.Detection.Alerting;
using AlertBot.Detection.Scoring;

namespace AlertBot.Detection.Tests.Alerting;

public sealed class HeadlineChooserTests
{
    [Fact]
    public void Choose_PreviewAndQuestionTitles_NeverHeadAnAlertWhileATitleStatesTheNews()
    {
        var preview = Sources.Of("wire", 0.5, title: "Israel braced for Iranian attack", statesNews: false, minutes: 0);
        var question = Sources.Of("daily", 0.6, title: "Will Iran strike Israel tonight?", statesNews: false, kind: ArticleKind.Question, minutes: 10);
        var report = Sources.Of("weekly", 0.4, title: "Iran launches drone attack on Israel", certainty: Certainty.Attributed, minutes: 240);

        var (source, headline) = HeadlineChooser.Choose([preview, question, report]);

        Assert.Same(report, source);
        Assert.Equal("Iran launches drone attack on Israel", headline);
    }

    [Fact]
    public void Choose_PreviewAndQuestionFromTheEngine_NeverHeadAnAlertWhileATitleStatesTheNews()
    {
        var engine = TestGazetteer.Engine();
        var facts = new[]
        {
            TestGazetteer.Article("Israel braced for Iranian attack", "Israel was on high alert on Saturday as officials warned that Iran could strike within hours.", "wire"),
            TestGazetteer.Article("Will Iran strike Israel tonight?", "Officials in Israel said an attack could come at any moment.", "daily"),
            TestGazetteer.Article("Iran launches drone attack on Israel", "Iran launched a drone and missile attack on Israel late on Saturday, the Israeli military said.", "weekly"),
        }.Select(a => Sources.From(a, engine.Analyze(a))).ToList();

        Assert.Equal("Iran launches drone attack on Israel", HeadlineChooser.Choose(facts).Headline);
    }

    [Fact]
    public void Choose_SeveralTitlesStateTheNews_TheFirmestThenTheMostSignificantThenTheEarliest()
    {
        var hedged = Sources.Of("a", 0.9, title: "Rebels reportedly take Mosul", certainty: Certainty.Hedged, minutes: 0);
        var weaker = Sources.Of("b", 0.6, title: "Rebels take the city of Mosul", minutes: 5);
        var later = Sources.Of("c", 0.8, title: "Mosul falls to rebel forces", minutes: 20);
        var stronger = Sources.Of("d", 0.8, title: "Rebels capture Mosul after two-day battle", minutes: 10);

        Assert.Same(stronger, HeadlineChooser.Choose([hedged, weaker, later, stronger]).Source);
    }

    [Fact]
    public void Choose_ReportAndLivePageStateTheNews_TheReportHeads()
    {
        var live = Sources.Of("a", 0.9, title: "Rebels enter Mosul as army withdraws", kind: ArticleKind.LiveShell, minutes: 0);
        var report = Sources.Of("b", 0.6, title: "Rebels capture Mosul", minutes: 30);

        Assert.Same(report, HeadlineChooser.Choose([live, report]).Source);
    }

    [Fact]
    public void Choose_TitleEndingInItsAttribution_IsTidiedNotDropped()
    {
        var source = Sources.Of("a", 0.9, title: "President resigns, army chief says");

        Assert.Equal("President resigns, says army chief", HeadlineChooser.Choose([source]).Headline);
    }

    [Fact]
    public void Choose_NoTitleStatesTheNews_ASoundTitleBeforeASentence()
    {
        var source = Sources.Of("a", 0.9, title: "A night of fear in the old city", statesNews: false, headline: "Rebels captured the city of Mosul on Sunday");

        Assert.Equal("A night of fear in the old city", HeadlineChooser.Choose([source]).Headline);
    }

    [Fact]
    public void Choose_NoSoundTitle_ASoundSentenceCut()
    {
        var fragment = Sources.Of("a", 0.9, title: "Mosul", statesNews: false, headline: "They stormed the capital");
        var sentence = Sources.Of("b", 0.5, title: null, statesNews: false, headline: "Rebels stormed the capital at dawn", minutes: 60);

        var (source, headline) = HeadlineChooser.Choose([fragment, sentence]);

        Assert.Same(sentence, source);
        Assert.Equal("Rebels stormed the capital at dawn", headline);
    }

    [Fact]
    public void Choose_NothingSound_StillGivesAHeadline()
    {
        var (_, headline) = HeadlineChooser.Choose([Sources.Of("a", 0.9, title: "Rioting", statesNews: false, headline: "They rioted")]);

        Assert.Equal("Rioting", headline);
    }

    [Fact]
    public void Choose_OpinionPieceTitle_NeverHeads()
    {
        var opinion = Sources.Of("a", 1.0, title: "The fall of Mosul changes everything", kind: ArticleKind.Opinion, minutes: 0);
        var report = Sources.Of("b", 0.4, title: "Rebels capture Mosul", minutes: 60);

        Assert.Same(report, HeadlineChooser.Choose([opinion, report]).Source);
    }

    [Fact]
    public void Choose_NoSources_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HeadlineChooser.Choose([]));
    }
}
