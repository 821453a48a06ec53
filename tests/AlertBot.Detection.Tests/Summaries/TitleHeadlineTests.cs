using AlertBot.Detection.Summaries;

namespace AlertBot.Detection.Tests.Summaries;

public sealed class TitleHeadlineTests
{
    [Theory]
    [InlineData("President resigns, army chief says", "President resigns, says army chief")]
    [InlineData("Troops leave the city, officials said.", "Troops leave the city, said officials")]
    [InlineData("Rebels enter the capital, residents and witnesses say", "Rebels enter the capital, say residents and witnesses")]
    [InlineData("  Ceasefire holds, the UN says  ", "Ceasefire holds, says the UN")]
    public void Tidy_TrailingAttribution_MovesTheVerbBeforeTheSource(string title, string expected)
    {
        Assert.Equal(expected, TitleHeadline.Tidy(title));
    }

    [Theory]
    [InlineData("Army chief says president has resigned")]
    [InlineData("President resigns, says army chief")]
    [InlineData("Rebels enter the capital, residents tell reporters")]
    [InlineData("Floods kill 30, officials in the northern province and aid workers from several international charities say")]
    public void Tidy_NoTrailingAttribution_LeavesTheTitle(string title)
    {
        Assert.Equal(title, TitleHeadline.Tidy(title));
    }

    [Fact]
    public void Tidy_AttributedTitle_BecomesASoundHeadline()
    {
        const string title = "Rebels have entered the capital, a senior army officer says";

        Assert.False(HeadlineShape.IsSound(title));
        Assert.True(HeadlineShape.IsSound(TitleHeadline.Tidy(title)));
    }
}
