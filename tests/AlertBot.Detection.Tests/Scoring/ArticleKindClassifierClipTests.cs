using AlertBot.Detection.Scoring;

namespace AlertBot.Detection.Tests.Scoring;

/// <summary>Which pages filed under a video or programme section are news clips: a plain title and a lead that is no programme's.</summary>
public sealed class ArticleKindClassifierClipTests
{
    [Theory]
    [InlineData("Republicans win control of the US Senate", "https://example.com/program/newsfeed/2024/11/6/republicans-win", "The AP says Republicans have won back control of the US Senate.", true)]
    [InlineData("Rebels capture Mosul", "https://example.com/video/world/rebels-capture-mosul", "Rebel forces captured the city on Sunday.", true)]
    [InlineData("Rebels capture Mosul", "https://example.com/program/the-week/rebels-capture-mosul", "In this episode, we look at how rebels captured the city.", false)]
    [InlineData("Watch: Rebels capture Mosul", "https://example.com/video/world/rebels-capture-mosul", "Rebel forces captured the city on Sunday.", false)]
    [InlineData("Rebels capture Mosul", "https://example.com/gallery/world/rebels-capture-mosul", "Rebel forces captured the city on Sunday.", false)]
    [InlineData("Rebels capture Mosul", "https://example.com/podcasts/daily/rebels-capture-mosul", "Rebel forces captured the city on Sunday.", false)]
    public void IsPlainClip_SectionTitleAndLead_OnlyPlainClipsOfAVideoOrProgrammeSection(string title, string url, string lead, bool expected)
    {
        Assert.Equal(expected, ArticleKindClassifier.IsPlainClip(title, url, lead));
    }
}
