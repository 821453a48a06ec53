using AlertBot.Detection.Scoring;
using AlertBot.Detection.Summaries;

namespace AlertBot.Detection.Tests;

public sealed class DetectionEngineTests
{
    private readonly DetectionEngine _engine = TestGazetteer.Engine();

    [Fact]
    public void Analyze_CaptureOfCityInLead_IsHeadlineAtThatCity()
    {
        var analysis = _engine.Analyze(TestGazetteer.Article(
            "Rebels capture Mosul",
            "Rebel forces have captured the city of Mosul after two days of fighting. Residents said the streets were quiet."));

        var top = analysis.Developments[0];
        Assert.True(top.IsHeadline);
        Assert.Equal(EventAction.TookControl, top.Action);
        Assert.Equal(TestGazetteer.Mosul.GeonameId, Assert.Single(top.Places).GeonameId);
        Assert.Equal(TestGazetteer.Mosul.GeonameId, analysis.Places[0].GeonameId);
    }

    [Fact]
    public void Analyze_TextWithoutAnyEventWord_StillYieldsItsMainDevelopment()
    {
        var analysis = _engine.Analyze(TestGazetteer.Article("A quiet afternoon in Lyon", "The cafes were full and the river was calm."));

        var only = Assert.Single(analysis.Developments);
        Assert.False(only.IsHeadline);
        Assert.Equal(EventAction.Other, only.Action);
    }

    [Fact]
    public void Analyze_PronounSubject_ResolvesToPreviousPluralActor()
    {
        var analysis = _engine.Analyze(TestGazetteer.Article(
            "Offensive widens",
            "Insurgents seized Kirkuk on Sunday. They have also claimed Erbil in the north."));

        var erbil = analysis.Developments.Single(d => d.Places.Any(p => p.GeonameId == TestGazetteer.Erbil.GeonameId));
        Assert.Equal("Insurgents", erbil.Actor);
    }

    [Theory]
    // A surname ending in s is one man: "He" is him, not the last thing named before him.
    [InlineData("Mr. Nichols")]
    [InlineData("Brian Nichols")]
    public void Analyze_PronounAfterASurnameEndingInS_ResolvesToThatPerson(string name)
    {
        var analysis = _engine.Analyze(TestGazetteer.Article(
            "The courthouse case",
            $"The sentence ends three years of efforts to bring {name} to justice. {name} escaped in March as he was being "
            + "escorted to a trial. He burst into the courtroom and shot and killed Judge Rowland Barnes."));

        var killing = analysis.Developments.Single(d => d.Action == EventAction.Killed);
        Assert.Equal(name, killing.Actor);
    }

    [Fact]
    public void Analyze_SeveralSentencesOnOneEventOfALongArticle_GatherIntoOneDevelopment()
    {
        var analysis = _engine.Analyze(TestGazetteer.Article(
            "Leader flees",
            "The president has fled the country. Officials said the president had left Mosul by plane. Troops took control of Kirkuk. "
            + "Shops stayed shut across the capital. Schools will reopen next week, the ministry said."));

        var fled = Assert.Single(analysis.Developments, d => d.Action == EventAction.Fled);
        Assert.True(fled.Evidence.Count >= 2, string.Join(" | ", fled.Evidence));
        Assert.Contains(analysis.Developments, d => d.Action == EventAction.TookControl);
    }

    [Fact]
    public void Analyze_BackgroundEvent_IsNeverHeadline()
    {
        var analysis = _engine.Analyze(TestGazetteer.Article(
            "Talks resume",
            "Delegates met in Lyon. Rebels captured Mosul in 2017, a year the city still remembers."));

        Assert.DoesNotContain(analysis.Developments, d => d.Action == EventAction.TookControl && d.IsHeadline);
    }

    [Theory]
    [InlineData("Why did rebels capture Mosul?")]
    [InlineData("Analysis: what the fall of Mosul means")]
    [InlineData("In pictures: Mosul after the battle")]
    public void Analyze_ExplainerOrMediaPage_DoesNotAlert(string title)
    {
        var analysis = _engine.Analyze(TestGazetteer.Article(title, "Rebels captured the city of Mosul on Sunday."));

        Assert.DoesNotContain(analysis.Developments, d => d.IsHeadline);
    }

    [Theory]
    [InlineData("Retailer profits jump", "Quarterly profits at the retailer rose 12% to $1.2bn, the firm said on Thursday.")]
    [InlineData("Lyon win derby", "Lyon won the derby 3-1 on Saturday with two late goals.")]
    [InlineData("Singer releases album", "The singer unveiled her new album at a party in Lyon.")]
    public void Analyze_OrdinaryNews_DoesNotAlert(string title, string body)
    {
        var analysis = _engine.Analyze(TestGazetteer.Article(title, body));

        Assert.DoesNotContain(analysis.Developments, d => d.IsHeadline);
    }

    [Fact]
    public void Analyze_HedgedReport_KeepsTheHedgeInTheHeadline()
    {
        var analysis = _engine.Analyze(TestGazetteer.Article(
            "Uncertainty in the capital",
            "Celebrations erupted amid reports that the president has fled the country."));

        var fled = Assert.Single(analysis.Developments, d => d.Action == EventAction.Fled);
        Assert.Equal(Certainty.Hedged, fled.Certainty);
        Assert.Contains("reportedly", fled.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_AnyArticle_HeadlinesStayShortAndSummariesComeFromTheText()
    {
        const string body = "Government forces backed by heavy artillery and air support have finally taken full control of the northern city of Mosul after a long and bloody siege that lasted many months, the defence ministry said in a statement read on state television on Sunday evening.";
        var analysis = _engine.Analyze(TestGazetteer.Article("Siege ends", body));

        foreach (var d in analysis.Developments)
        {
            Assert.True(d.Headline.Length <= HeadlineWriter.MaxLength, d.Headline);
            Assert.All(d.Evidence, e => Assert.Contains(e, body, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Analyze_Developments_AreMostSignificantFirst()
    {
        var analysis = _engine.Analyze(TestGazetteer.Article(
            "Day of turmoil",
            "Crowds celebrated in Lyon. Rebels captured Mosul. A car bomb exploded in Kirkuk, killing 12 people."));

        var scores = analysis.Developments.Select(d => d.Significance).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "\n\n")]
    [InlineData("...", "?!. \" \" ,,")]
    [InlineData("x", "\"They said they captured\"")]
    public void Analyze_DegenerateText_YieldsOneDevelopmentWithoutThrowing(string title, string body)
    {
        var analysis = _engine.Analyze(TestGazetteer.Article(title, body));

        Assert.NotEmpty(analysis.Developments);
        Assert.All(analysis.Developments, d => Assert.True(d.Headline.Length <= HeadlineWriter.MaxLength));
    }

    [Fact]
    public void Analyze_VeryLongWordlessTitle_CutsTheFallbackHeadline()
    {
        var analysis = _engine.Analyze(TestGazetteer.Article(new string('a', 300), "Nothing else."));

        Assert.True(analysis.Developments[0].Headline.Length <= HeadlineWriter.MaxLength);
    }

    [Fact]
    public void Analyze_TitleStatingTheEvent_StatesNewsOfItsKind()
    {
        var analysis = _engine.Analyze(TestGazetteer.Article("Rebels capture Mosul", "Rebel forces captured the city of Mosul on Sunday after two days of fighting."));

        Assert.Equal(ArticleKind.Report, analysis.Kind);
        Assert.True(analysis.TitleStatesNews);
        Assert.Equal(EventAction.TookControl, analysis.TitleAction);
    }

    [Fact]
    public void Analyze_BreakingLabelAndOutletSuffix_LeftOutOfTheTitle()
    {
        var analysis = _engine.Analyze(TestGazetteer.Article(
            "BREAKING: Rebels capture Mosul | Example News", "Rebel forces captured the city of Mosul on Sunday after two days of fighting."));

        Assert.Equal("Rebels capture Mosul", analysis.Title);
    }

    [Theory]
    [InlineData("After Mosul bombing, residents ask how to stay safe", false)]
    [InlineData("Following the fall of Mosul, Erbil prepares its defences", false)]
    [InlineData("After two days of fighting, rebels capture Mosul", true)]
    public void Analyze_TitleOpeningWithAnAside_StatesNewsOnlyAfterIt(string title, bool expected)
    {
        var analysis = _engine.Analyze(TestGazetteer.Article(title, "Shops in the city reopened on Monday as officials met to discuss security."));

        Assert.Equal(expected, analysis.TitleStatesNews);
    }

    [Fact]
    public void Analyze_QuestionTitle_IsNoReportAndStatesNoNews()
    {
        var analysis = _engine.Analyze(TestGazetteer.Article("Can the army retake Mosul?", "Rebel forces captured the city of Mosul on Sunday after two days of fighting."));

        Assert.Equal(ArticleKind.Question, analysis.Kind);
        Assert.False(analysis.TitleStatesNews);
    }

    [Theory]
    [InlineData("Rebels capture Mosul", ArticleKind.Report, true)]
    [InlineData("Scenes from the old city of Mosul", ArticleKind.Media, false)]
    public void Analyze_VideoSectionPage_CountsAsAReportOnlyWhenTitledAsOne(string title, ArticleKind kind, bool statesNews)
    {
        var analysis = _engine.Analyze(TestGazetteer.Article(title, "Rebel forces captured the city of Mosul on Sunday after two days of fighting.") with
        {
            Url = "https://example.com/video/world/rebels-in-mosul",
        });

        Assert.Equal(kind, analysis.Kind);
        Assert.Equal(statesNews, analysis.TitleStatesNews);
    }

    [Fact]
    public void Analyze_ShortArticle_ComparedByItsTitleAndFirstTwoSentences()
    {
        var analysis = _engine.Analyze(TestGazetteer.Article(
            "Rebels capture Mosul", "Rebel forces captured Mosul on Sunday. The army withdrew overnight. Residents stayed indoors."));

        var only = Assert.Single(analysis.Developments);
        Assert.Equal(["Rebels capture Mosul", "Rebel forces captured Mosul on Sunday. The army withdrew overnight."], only.Text);
    }

    [Fact]
    public void Analyze_LongArticleBreakingNews_ListsItsFurtherHeadlineDevelopments()
    {
        var analysis = _engine.Analyze(TestGazetteer.Article("Rebels capture Mosul", LongBody));

        Assert.True(analysis.Developments[0].IsHeadline);
        Assert.Equal(4, analysis.Developments[0].Text[1].Count(c => c == '.'));
        var further = analysis.Developments.Skip(1).ToList();
        Assert.Contains(further, d => d.Action is EventAction.Attack or EventAction.Killed && d.Places.Any(p => p.GeonameId == TestGazetteer.Kirkuk.GeonameId));
        Assert.All(further, d => Assert.True(d.IsHeadline && d.Text.Count == 1, d.Headline));
    }

    private const string LongBody =
        "Rebel forces captured the city of Mosul on Sunday after two days of fighting. "
        + "A car bomb exploded in Kirkuk hours later, killing 12 people at a checkpoint. "
        + "Shops in Erbil stayed shut. "
        + "Residents said the streets were quiet. "
        + "Aid groups asked for access to the wounded. "
        + "More talks are planned for next week.";
}
