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
    [InlineData("May 3, 2013 | 8: 20 am", "2013-05-03T08:20:00+00:00")]
    [InlineData("12: 52 p. m. EDT May 2, 2013", "2013-05-02T12:52:00-04:00")]
    [InlineData("Posted on Thu Jun 13, 2013 08: 45 AM PDT", "2013-06-13T08:45:00-07:00")]
    [InlineData("December 15th, 2008, 7: 35 am", "2008-12-15T07:35:00+00:00")]
    [InlineData("on Tuesday, 16 December 2008 13: 45.", "2008-12-16T13:45:00+00:00")]
    [InlineData("12 / 16 / 08 1: 30 AM EST", "2008-12-16T01:30:00-05:00")]
    [InlineData("UPDATED 3: 09 AM EST Dec 19, 2008", "2008-12-19T03:09:00-05:00")]
    [InlineData("Published on: Fri, 11 Nov 2011 at 09: 56 IST", "2011-11-11T09:56:00+05:30")]
    [InlineData("Posted on November 15, 2011 6: 07: 15 PM GMT+01: 0", "2011-11-15T18:07:15+01:00")]
    [InlineData("TNN Nov 12, 2011, 05. 51AM IST MUMBAI:", "2011-11-12T05:51:00+05:30")]
    [InlineData("First Posted 23: 37: 00 05 / 05 / 2010", "2010-05-05T23:37:00+00:00")]
    [InlineData("Article posted on 08. 07. 2012", "2012-07-08T00:00:00+00:00")]
    [InlineData("WASHINGTON, DC, April 28, 2009", "2009-04-28T00:00:00+00:00")]
    [InlineData("on Jul 7 2012, 5: 55p", "2012-07-07T17:55:00+00:00")]
    [InlineData("24/12/2024", "2024-12-24T00:00:00+00:00")]
    [InlineData("Published: 2012. 08. 08 09: 01 AM", "2012-08-08T09:01:00+00:00")]
    [InlineData("2013 - 09 - 26", "2013-09-26T00:00:00+00:00")]
    [InlineData("Sunday, November 27 - 2005 at 16: 12", "2005-11-27T16:12:00+00:00")]
    [InlineData("2024-12-08T06:30:00+02:00", "2024-12-08T06:30:00+02:00")]
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
    [InlineData("Storm hits coast on May 3, 2013")]
    [InlineData("Posted 1 year, 160 days ago [downloaded on 2 October 2013]")]
    [InlineData("February 30, 2013")]
    [InlineData("13 / 13 / 2013")]
    public void TryParse_ProseOrNoYear_IsNotADateLine(string line)
    {
        Assert.False(DateLine.TryParse(line, out _));
    }

    [Theory]
    [InlineData("APR 28", true)]
    [InlineData("8: 24am:", true)]
    [InlineData("Updated 9: 06 AM", true)]
    [InlineData("May 2, 2013, 1: 12 PM", true)]
    [InlineData("Lawyer: Lindsay Lohan checks into rehab facility", false)]
    [InlineData("Mumbai, Nov 11 -", false)]
    [InlineData("", false)]
    public void IsStamp_Line_TellsStampFromHeadline(string line, bool expected)
    {
        Assert.Equal(expected, DateLine.IsStamp(line));
    }
}
