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
    public void Choose_FewReportsOfAnotherEvent_ATitleOfTheEventMostOutletsReportHeads()
    {
        // Most outlets report the sacking; two report the protests that followed it, one of them the most significant title.
        var sacked = Sources.Of("wire", 0.6, title: "President Varo sacks army chief over failed offensive", action: EventAction.Dismissed, minutes: 0);
        var fired = Sources.Of("daily", 0.5, title: "Varo fires army chief Ilic", action: EventAction.Dismissed, minutes: 10);
        var ousts = Sources.Of("weekly", 0.55, title: "Varo ousts army chief, his oldest rival", action: EventAction.Dismissed, minutes: 20);
        var crowds = Sources.Of("daily", 0.5, title: "Crowds gather at palace after army chief is fired", action: EventAction.Protest, minutes: 300);
        var thousands = Sources.Of("wire", 0.9, title: "Thousands march in capital after Varo sacks army chief", action: EventAction.Protest, minutes: 360);

        var (source, headline) = HeadlineChooser.Choose([sacked, fired, ousts, crowds, thousands]);

        Assert.Same(sacked, source);
        Assert.Equal("President Varo sacks army chief over failed offensive", headline);
    }

    [Fact]
    public void Choose_FromTheEngine_ATitleOfTheEventMostOutletsReportHeads()
    {
        var engine = TestGazetteer.Engine();
        var facts = new[]
        {
            TestGazetteer.Article("President Varo sacks defence minister Ilic", "President Tomas Varo sacked his defence minister, Marko Ilic, on Tuesday after a failed offensive, his office said.", "wire"),
            TestGazetteer.Article("Varo fires defence minister Marko Ilic", "President Tomas Varo has fired his defence minister, Marko Ilic, the presidency said on Tuesday.", "daily"),
            TestGazetteer.Article("Defence minister Ilic sacked by President Varo", "President Tomas Varo sacked defence minister Marko Ilic on Tuesday, his spokesman said.", "weekly"),
            TestGazetteer.Article("Thousands protest after Varo sacks defence minister", "Thousands of people protested in the capital on Tuesday night after President Tomas Varo sacked defence minister Marko Ilic.", "daily"),
            TestGazetteer.Article("Protesters rally outside presidency over minister's sacking", "Thousands of protesters rallied outside the presidency on Wednesday over the sacking of defence minister Marko Ilic.", "wire"),
        }.Select(a => Sources.From(a, engine.Analyze(a))).ToList();

        Assert.Equal(EventAction.Dismissed, HeadlineChooser.MainAction(facts));
        Assert.DoesNotContain("protest", HeadlineChooser.Choose(facts).Headline, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Choose_OneOutletRepeatingAnEvent_VotesOnce()
    {
        // Three protest reports from one outlet are one vote against two outlets' reports of the sacking.
        var first = Sources.Of("wire", 0.9, title: "Thousands march after army chief is sacked", action: EventAction.Protest, minutes: 0);
        var second = Sources.Of("wire", 0.9, title: "Protesters clash with police after sacking", action: EventAction.Protest, minutes: 5);
        var third = Sources.Of("wire", 0.9, title: "Protesters block roads to the palace", action: EventAction.Protest, minutes: 10);
        var sacked = Sources.Of("daily", 0.5, title: "President sacks army chief", action: EventAction.Dismissed, minutes: 15);
        var fired = Sources.Of("weekly", 0.6, title: "President fires army chief", action: EventAction.Dismissed, minutes: 20);

        Assert.Same(fired, HeadlineChooser.Choose([first, second, third, sacked, fired]).Source);
    }

    [Fact]
    public void Choose_SourcesStatingNoClearEvent_DoNotVote()
    {
        // The unclear titles are the most outlets; among the clear ones the protests lead, two outlets to one.
        var unclear = new[] { "x", "y", "z" }.Select(o => Sources.Of(o, 0.2, title: $"Day of turmoil in the capital, {o} reports", action: EventAction.Other)).ToList();
        var sacked = Sources.Of("a", 0.9, title: "President sacks army chief", action: EventAction.Dismissed, minutes: 30);
        var march = Sources.Of("b", 0.5, title: "Thousands march in the capital", action: EventAction.Protest, minutes: 40);
        var block = Sources.Of("c", 0.6, title: "Protesters block roads in the capital", action: EventAction.Protest, minutes: 50);

        Assert.Same(block, HeadlineChooser.Choose([.. unclear, sacked, march, block]).Source);
    }

    [Fact]
    public void Choose_ATitleStatingNoClearEvent_KeepsItsPlace()
    {
        // Only a title of another event than the main one gives way; one that states none clearly is not of another event.
        var unclear = Sources.Of("x", 0.9, title: "Army chief Ilic out after two years", action: EventAction.Other);
        var sacked = Sources.Of("a", 0.5, title: "President sacks army chief", action: EventAction.Dismissed, minutes: 10);
        var fired = Sources.Of("b", 0.6, title: "President fires army chief", action: EventAction.Dismissed, minutes: 20);
        var march = Sources.Of("c", 0.8, title: "Thousands march after army chief is fired", action: EventAction.Protest, minutes: 30);

        Assert.Same(unclear, HeadlineChooser.Choose([unclear, sacked, fired, march]).Source);
    }

    [Fact]
    public void Choose_OnlyAMinorityEventsTitleStatesTheNews_ItStillHeads()
    {
        // The main event's reports have no title stating it: a stated title of the other event beats a preview-like one.
        var sacked = Sources.Of("a", 0.5, title: "What the army chief's exit means", statesNews: false, action: EventAction.Dismissed);
        var fired = Sources.Of("b", 0.6, title: "Inside the army chief's last days", statesNews: false, action: EventAction.Dismissed, minutes: 10);
        var march = Sources.Of("c", 0.8, title: "Thousands march after army chief is fired", action: EventAction.Protest, minutes: 30);

        Assert.Same(march, HeadlineChooser.Choose([sacked, fired, march]).Source);
    }

    [Fact]
    public void Choose_EventsTiedByOutlets_TodaysOrder()
    {
        var sacked = Sources.Of("a", 0.5, title: "President sacks army chief", action: EventAction.Dismissed);
        var fired = Sources.Of("b", 0.6, title: "President fires army chief", action: EventAction.Dismissed, minutes: 10);
        var march = Sources.Of("c", 0.9, title: "Thousands march after army chief is fired", action: EventAction.Protest, minutes: 20);
        var block = Sources.Of("d", 0.4, title: "Protesters block roads in the capital", action: EventAction.Protest, minutes: 30);

        Assert.Same(march, HeadlineChooser.Choose([sacked, fired, march, block]).Source);
    }

    [Theory]
    [InlineData("", EventAction.Other)]
    [InlineData("a:Protest", EventAction.Protest)]
    [InlineData("a:Dismissed b:Dismissed c:Protest", EventAction.Dismissed)]
    [InlineData("a:Dismissed b:Protest", EventAction.Other)]
    [InlineData("a:Dismissed a:Dismissed a:Dismissed b:Protest c:Protest", EventAction.Protest)]
    [InlineData("A:Dismissed a:Dismissed b:Protest", EventAction.Other)]
    [InlineData("a:Other b:Other c:Other d:Protest", EventAction.Protest)]
    [InlineData("a:Dismissed b:Dismissed:Opinion c:Dismissed:Explainer d:Protest", EventAction.Other)]
    [InlineData("a:Dismissed:LiveShell b:Dismissed:Media c:Protest", EventAction.Dismissed)]
    [InlineData("a:Protest a:Dismissed b:Dismissed", EventAction.Dismissed)]
    public void MainAction_OutletsVotingPerEvent_TheEventMoreOutletsReportThanAnyOther(string votes, EventAction expected)
    {
        var sources = votes.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => v.Split(':'))
            .Select((v, i) => Sources.Of(
                v[0], 0.5, action: Enum.Parse<EventAction>(v[1]), kind: v.Length > 2 ? Enum.Parse<ArticleKind>(v[2]) : ArticleKind.Report, minutes: i))
            .ToList();

        Assert.Equal(expected, HeadlineChooser.MainAction(sources));
    }

    [Fact]
    public void Choose_NoSources_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HeadlineChooser.Choose([]));
    }
}
