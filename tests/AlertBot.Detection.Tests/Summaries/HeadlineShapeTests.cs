using AlertBot.Detection.Summaries;

namespace AlertBot.Detection.Tests.Summaries;

public sealed class HeadlineShapeTests
{
    [Theory]
    [InlineData("They stormed the capital")]
    [InlineData("Rioting")]
    [InlineData("Mosul falls")]
    [InlineData("He was taken to hospital in a critical condition")]
    [InlineData("And the army withdrew from the city")]
    [InlineData("which left dozens of people dead")]
    [InlineData("rebels entered the city at dawn")]
    [InlineData("Troops advanced towards the outskirts of the")]
    [InlineData("The army withdrew from the city, officials said")]
    [InlineData("Talks collapsed as the two sides...")]
    [InlineData("Talks collapsed as the two sides\u2026")]
    [InlineData("- Rebels enter the city")]
    public void IsSound_FragmentHeadlines_Rejected(string headline)
    {
        Assert.False(HeadlineShape.IsSound(headline));
    }

    [Theory]
    [InlineData("Rebels capture Mosul after two-day battle")]
    [InlineData("12 killed as bus plunges into river")]
    [InlineData("\"We will not leave\", says mayor of besieged town")]
    [InlineData("Floods kill dozens in western Afghanistan")]
    [InlineData("Theatre reopens after fire")]
    public void IsSound_Headlines_Accepted(string headline)
    {
        Assert.True(HeadlineShape.IsSound(headline));
    }

    [Theory]
    [InlineData("Read more at https://example.com/story")]
    [InlineData("Police name suspect, via @newsdesk")]
    [InlineData("Rebels capture Mosul t.co/abc123 latest")]
    public void IsSound_LinksAndHandles_Rejected(string headline)
    {
        Assert.False(HeadlineShape.IsSound(headline));
    }

    [Theory]
    [InlineData(17, true)]
    [InlineData(18, false)]
    public void IsSound_Length_AcceptedUpToTheLimit(int names, bool expected)
    {
        // 14 characters, then 6 a name: 116 and 122.
        var headline = "Rebels capture" + string.Concat(Enumerable.Repeat(" Mosul", names));

        Assert.Equal(expected, HeadlineShape.IsSound(headline));
    }
}
