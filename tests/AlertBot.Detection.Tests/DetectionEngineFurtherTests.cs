namespace AlertBot.Detection.Tests;

/// <summary>A long article's body breaks further news only in its own voice, about now, and as something that happened.</summary>
public sealed class DetectionEngineFurtherTests
{
    private readonly DetectionEngine _engine = TestGazetteer.Engine();

    [Theory]
    // Published in June: a car bomb "in February" is context, as is one "in December 2003".
    [InlineData("A car bomb killed 40 people in Erbil in February.")]
    [InlineData("A car bomb killed 40 people in Erbil in December 2003.")]
    // A quotation whose marks the paragraph break dropped.
    [InlineData("They killed my little brother in Erbil for no reason.")]
    // A condition, not a report: no development may be headed by it.
    [InlineData("Drivers in Erbil must stop at checkpoints if anyone was injured or killed.")]
    public void Analyze_BodySentenceOfContextQuoteOrCondition_BreaksNoFurtherNews(string sentence)
    {
        var analysis = _engine.Analyze(TestGazetteer.Article("Rebels capture Mosul", Body(sentence)));

        Assert.True(analysis.Developments[0].IsHeadline);
        Assert.DoesNotContain(analysis.Developments, d => d.Evidence.Any(e => e.Contains("Erbil", StringComparison.Ordinal)) && d.IsHeadline);
    }

    [Fact]
    public void Analyze_BodySentenceOfFreshNews_BreaksFurtherNews()
    {
        var analysis = _engine.Analyze(TestGazetteer.Article("Rebels capture Mosul", Body("A car bomb killed 40 people in Erbil on Sunday.")));

        Assert.Contains(analysis.Developments.Skip(1), d => d.IsHeadline && d.Places.Any(p => p.GeonameId == TestGazetteer.Erbil.GeonameId));
    }

    [Fact]
    public void Analyze_BodyRetellingTheArticlesOwnDisaster_IsNoFurtherDevelopment()
    {
        // "The region was hit by a strong earthquake" names no other town: it is the article's own quake told again.
        var analysis = _engine.Analyze(TestGazetteer.Article(
            "Ten dead in Mosul quake",
            "An earthquake killed ten people in Mosul on Sunday, officials said. Rescuers searched the rubble through the night. "
            + "The region was hit by a strong earthquake, state media said. Shops in the old town stayed shut. "
            + "Residents said the streets were quiet. Aid groups asked for access to the wounded."));

        Assert.Equal(EventAction.Killed, Assert.Single(analysis.Developments).Action);
    }

    [Fact]
    public void Analyze_BodyViolenceInAnotherTown_IsAFurtherDevelopment()
    {
        var analysis = _engine.Analyze(TestGazetteer.Article(
            "Rebels capture Mosul and kill 30 soldiers", Body("A car bomb killed 40 people in Erbil on Sunday.", "Rebels killed 30 soldiers in Mosul on Sunday.")));

        Assert.Contains(analysis.Developments.Skip(1), d => d.Places.Any(p => p.GeonameId == TestGazetteer.Erbil.GeonameId));
    }

    private static string Body(string sentence, string opening) =>
        opening + " " + sentence + " "
        + "Shops in the old town stayed shut. "
        + "Residents said the streets were quiet. "
        + "Aid groups asked for access to the wounded. "
        + "More talks are planned for next week.";

    private static string Body(string sentence) =>
        "Rebel forces captured the city of Mosul on Sunday after two days of fighting, killing 30 soldiers. "
        + sentence + " "
        + "Shops in the old town stayed shut. "
        + "Residents said the streets were quiet. "
        + "Aid groups asked for access to the wounded. "
        + "More talks are planned for next week.";
}
