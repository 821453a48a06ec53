using AlertBot.Detection.Scoring;

namespace AlertBot.Detection.Tests.Scoring;

/// <summary>Cue words in ordinary news wording ("quiz", "gallery", "timeline") do not label a title as another kind.</summary>
public sealed class ArticleKindClassifierCueTests
{
    [Theory]
    [InlineData("Police quiz man over shopping centre stabbing")]
    [InlineData("Protests enter a second week in the capital")]
    [InlineData("Activists glue themselves to painting at National Gallery")]
    [InlineData("Army sets timeline for withdrawal from the city")]
    // A label word opening a title is a label only with a separator after it.
    [InlineData("Review finds police failed victims of grooming gangs")]
    [InlineData("Live ammunition fired at protesters in the capital")]
    [InlineData("Analysis of black box shows pilot error")]
    [InlineData("Preview of the budget leaked to the press")]
    // Someone's words, quoted or attributed, are news; the title prescribes nothing in its own voice.
    [InlineData("Iran 'doesn't want' war but Israel 'must be punished'")]
    [InlineData("Gaza ceasefire must hold, UN says")]
    [InlineData("Blunkett row should end - Blair")]
    [InlineData("Sony PSP tipped as a 'must-have'")]
    public void Classify_CueWordsUsedAsOrdinaryNews_IsAReport(string title)
    {
        Assert.Equal(ArticleKind.Report, ArticleKindClassifier.Classify(title));
    }
}
