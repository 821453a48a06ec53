using AlertBot.Detection.Scoring;

namespace AlertBot.Detection.Tests.Scoring;

/// <summary>Reports the title cues take for other kinds: a cue matched as a bare substring of ordinary news wording.</summary>
public sealed class ArticleKindClassifierPendingTests
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
