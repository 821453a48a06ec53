using AlertBot.Detection.Text;

namespace AlertBot.Detection.Tests.Text;

public sealed class DatelinePlaceTests
{
    [Theory]
    [InlineData("DHAKA, Bangladesh — ", "Dhaka, Bangladesh")]
    [InlineData("SAN FRANCISCO (Reuters) - ", "San Francisco")]
    [InlineData("BEIRUT, Dec 8 (Reuters) - ", "Beirut")]
    [InlineData("(Reuters) - ", null)]
    public void DatelinePlace_WirePrefix_TheCityInOrdinaryCase(string prefix, string? expected)
    {
        Assert.Equal(expected, BoilerplateRules.DatelinePlace(prefix));
    }

    [Fact]
    public void Clean_LeadWithADateline_KeepsItsPlaceAndDropsItFromTheText()
    {
        var cleaned = new TextCleaner().Clean("wire", "Interim leader chosen", "DHAKA, Bangladesh — A Nobel laureate was chosen to lead the interim government.");

        Assert.Equal("Dhaka, Bangladesh", cleaned.Dateline);
        Assert.StartsWith("A Nobel laureate", cleaned.Sentences[0].Text, StringComparison.Ordinal);
    }
}
