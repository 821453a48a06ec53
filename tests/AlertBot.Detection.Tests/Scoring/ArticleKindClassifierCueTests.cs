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
    public void Classify_CueWordsUsedAsOrdinaryNews_IsAReport(string title)
    {
        Assert.Equal(ArticleKind.Report, ArticleKindClassifier.Classify(title));
    }
}
