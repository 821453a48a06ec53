using AlertBot.Detection.Summaries;

namespace AlertBot.Detection.Tests.Summaries;

public sealed class SummaryWriterTests
{
    [Fact]
    public void Write_TwoSentences_JoinsThem()
    {
        var summary = SummaryWriter.Write(["Rebels entered the city", "Residents fled south overnight"]);

        Assert.Equal("Rebels entered the city. Residents fled south overnight.", summary);
    }

    [Theory]
    // A feed's bullet, then the paragraph that says it again with its source: once, the fuller way.
    [InlineData("One person who was not aboard the train was killed", "One person who was not aboard the train was killed, according to authorities",
        "One person who was not aboard the train was killed, according to authorities.")]
    [InlineData("Two people were killed in the blast, police said", "Two people were killed in the blast",
        "Two people were killed in the blast, police said.")]
    public void Write_SecondSentenceRepeatsTheFirst_SaysItOnce(string first, string second, string expected)
    {
        Assert.Equal(expected, SummaryWriter.Write([first, second]));
    }
}
