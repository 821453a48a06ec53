using AlertBot.Detection.Scoring;

namespace AlertBot.Detection.Tests.Scoring;

public sealed class ArticleKindClassifierTests
{
    [Theory]
    [InlineData("Rebels capture second city", ArticleKind.Report)]
    [InlineData("Why the offensive matters?", ArticleKind.Question)]
    [InlineData("What's next for the region", ArticleKind.Explainer)]
    [InlineData("Live: latest updates from the border", ArticleKind.LiveShell)]
    [InlineData("In pictures: the morning after", ArticleKind.Media)]
    [InlineData("Opinion: the siege must end", ArticleKind.Opinion)]
    [InlineData("Morning briefing: five things to know", ArticleKind.Digest)]
    public void Classify_Title_GivesKind(string title, ArticleKind expected)
    {
        Assert.Equal(expected, ArticleKindClassifier.Classify(title));
    }
}
