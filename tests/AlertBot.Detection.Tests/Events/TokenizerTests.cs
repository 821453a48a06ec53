using AlertBot.Detection.Events;

namespace AlertBot.Detection.Tests.Events;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokenize_HyphenatedNameAndPossessive_StayWhole()
    {
        var tokens = Tokenizer.Tokenize("al-Hakim's forces, 1,200 strong.");

        Assert.Equal(["al-Hakim's", "forces", ",", "1,200", "strong", "."], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Tokenize_LongQuote_IsSpeechButScareQuoteIsNot()
    {
        var speech = Tokenizer.Tokenize("He said \"we have taken the whole city today\" loudly.");
        var scare = Tokenizer.Tokenize("Forces had \"totally liberated\" the city.");

        Assert.True(speech.Single(t => t.Text == "taken").InQuote);
        Assert.False(scare.Single(t => t.Text == "liberated").InQuote);
    }
}
