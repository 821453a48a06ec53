using AlertBot.Detection.Events;

namespace AlertBot.Detection.Tests.Events;

public sealed class ClauseSplitterTests
{
    [Theory]
    [InlineData("The airport has been abandoned and rebels say they have entered the prison.", 2)]
    [InlineData("Rebels entered the prison and freed the inmates.", 1)]
    [InlineData("The offensive, which began last week with the capture of the port, continues.", 2)]
    [InlineData("Troops left after only a day of fighting.", 1)]
    [InlineData("They say the city is free and that the old order is over.", 2)]
    [InlineData("The shooting occurred about 3: 10 p. m. in the north of the city.", 1)]
    [InlineData("Police gave one reason: the gunman had been fired.", 2)]
    public void Split_Sentence_GivesClauses(string sentence, int expected)
    {
        Assert.Equal(expected, ClauseSplitter.Split(Tokenizer.Tokenize(sentence)).Count);
    }
}
