using AlertBot.Detection.Text;

namespace AlertBot.Detection.Tests.Text;

public sealed class OpeningWordsTests
{
    private static readonly OpeningWords Words = new("related more:on|from you:can|may", "and so");

    [Theory]
    [InlineData("Related stories", true)]
    [InlineData("RELATED:", true)]
    [InlineData("More on this story", true)]
    [InlineData("more from Example News:", true)]
    [InlineData("More than 40 people died", false)]
    [InlineData("More", false)]
    [InlineData("You can also follow us", true)]
    [InlineData("You said it", false)]
    [InlineData("And you can subscribe", true)]
    [InlineData("So related were they", true)]
    [InlineData("And then", false)]
    [InlineData("Relatedly, the talks", false)]
    [InlineData("\"Related\" stories", false)]
    [InlineData("", false)]
    public void Open_Text_SaysWhetherItOpensWithAnOpener(string text, bool expected)
    {
        Assert.Equal(expected, Words.Open(text));
    }
}
