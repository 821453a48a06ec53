using AlertBot.Ingestion;

namespace AlertBot.Tests.Ingestion;

public sealed class DateLineTests
{
    [Theory]
    [InlineData("May 03, 2013", "2013-05-03T00:00:00+00:00")]
    [InlineData("14 June 2013", "2013-06-14T00:00:00+00:00")]
    [InlineData("2024-12-08T06:30:00Z", "2024-12-08T06:30:00+00:00")]
    [InlineData("Published: 2024-12-08 10:30 UTC", "2024-12-08T10:30:00+00:00")]
    [InlineData("First Published: June 13, 2013 4: 59 PM EDT", "2013-06-13T16:59:00-04:00")]
    [InlineData("May 2, 2013, 1: 12 PM", "2013-05-02T13:12:00+00:00")]
    [InlineData("May 3, 2013 | 8: 20 am", "2013-05-03T00:00:00+00:00")]
    public void TryParse_DateLine_ReadsIt(string line, string expected)
    {
        Assert.True(DateLine.TryParse(line, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("Rebels say they entered the city on 8 December 2024 after a day of fighting.")]
    [InlineData("Updated 4: 08 p. m. ET")]
    [InlineData("Lawyer: Lindsay Lohan checks into rehab facility")]
    [InlineData("In 2018, the rebels")]
    public void TryParse_ProseOrNoYear_IsNotADateLine(string line)
    {
        Assert.False(DateLine.TryParse(line, out _));
    }
}
