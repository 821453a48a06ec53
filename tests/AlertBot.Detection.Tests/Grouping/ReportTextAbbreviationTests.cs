using AlertBot.Detection.Grouping;

namespace AlertBot.Detection.Tests.Grouping;

public sealed class ReportTextAbbreviationTests
{
    [Theory]
    [InlineData("Bangladesh PM quits", "Bangladesh prime minister resigns", "prime")]
    [InlineData("Bangladesh PM quits", "Bangladesh prime minister resigns", "minister")]
    [InlineData("U.S. strikes Yemen", "US strikes Yemen", "usa")]
    [InlineData("U.N. warns of famine", "UN warns of famine", "unation")]
    [InlineData("UK raises threat level", "UK raises threat level", "britain")]
    public void CountTerms_AbbreviationAndItsLongForm_ShareTheTerm(string a, string b, string term)
    {
        Assert.Contains(Stemmer.Stem(term), ReportText.CountTerms(a).Keys);
        Assert.Contains(Stemmer.Stem(term), ReportText.CountTerms(b).Keys);
    }

    [Fact]
    public void CountTerms_PronounUs_IsNoCountry()
    {
        Assert.DoesNotContain("usa", ReportText.CountTerms("Tell us what happened").Keys);
    }
}
