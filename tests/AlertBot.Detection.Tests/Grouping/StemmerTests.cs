using AlertBot.Detection.Grouping;

namespace AlertBot.Detection.Tests.Grouping;

public sealed class StemmerTests
{
    [Theory]
    [InlineData("bombings", "bombing")]
    [InlineData("shootings", "shooting")]
    [InlineData("killings", "killing")]
    [InlineData("buildings", "building")]
    public void Stem_PluralOfAnIngNoun_IsTheStemOfItsSingular(string plural, string singular)
    {
        Assert.Equal(Stemmer.Stem(singular), Stemmer.Stem(plural));
    }
}
