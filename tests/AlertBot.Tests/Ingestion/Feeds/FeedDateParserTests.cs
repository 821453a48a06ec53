using AlertBot.Ingestion.Feeds;

namespace AlertBot.Tests.Ingestion.Feeds;

public sealed class FeedDateParserTests
{
    [Theory]
    [InlineData("Wed, 03 Jan 2018 14:11:52 GMT", "2018-01-03T14:11:52+00:00")]
    [InlineData("Wed, 03 Jan 2018 14:11:52 +0000", "2018-01-03T14:11:52+00:00")]
    [InlineData("Thu, 12 Nov 2015 22:27:28 -0400", "2015-11-13T02:27:28+00:00")]
    [InlineData("Thu, 12 Nov 2015 22:27:28 -04:00", "2015-11-13T02:27:28+00:00")]
    [InlineData("Mon, 10 Feb 2025 09:00:00 EST", "2025-02-10T14:00:00+00:00")]
    [InlineData("Tue, 01 Jul 2025 09:00:00 PDT", "2025-07-01T16:00:00+00:00")]
    [InlineData("Tue, 01 Jul 2025 09:00:00 UT", "2025-07-01T09:00:00+00:00")]
    [InlineData("Tue, 01 Jul 2025 09:00:00 Z", "2025-07-01T09:00:00+00:00")]
    [InlineData("Tue, 01 Jul 2025 09:00 GMT", "2025-07-01T09:00:00+00:00")]
    [InlineData("Tue, 1 Jul 2025 09:00:00 GMT", "2025-07-01T09:00:00+00:00")]
    [InlineData("1 Jul 2025 09:00:00 GMT", "2025-07-01T09:00:00+00:00")]
    [InlineData("Fri, 01 Jul 2025 09:00:00 GMT", "2025-07-01T09:00:00+00:00")] // wrong weekday (it was a Tuesday)
    [InlineData("tue, 01 jul 2025 09:00:00 gmt", "2025-07-01T09:00:00+00:00")]
    [InlineData("Tuesday, 01 July 2025 09:00:00 GMT", "2025-07-01T09:00:00+00:00")]
    [InlineData("Tue, 01 Jul 2025 09:00:00", "2025-07-01T09:00:00+00:00")]
    [InlineData("03 Apr 02 1500 GMT", "2002-04-03T15:00:00+00:00")]
    [InlineData("Seg, 24 Set 2018 19:22:00 -0300", "2018-09-24T22:22:00+00:00")]
    [InlineData("Tue, 01 Jul 2025 09:00:00 GMT+0200", "2025-07-01T07:00:00+00:00")]
    [InlineData("2025-07-01T09:00:00Z", "2025-07-01T09:00:00+00:00")]
    [InlineData("2016-06-27T07:36:54.007-07:00", "2016-06-27T14:36:54.007+00:00")]
    [InlineData("2025-07-01 09:00:00", "2025-07-01T09:00:00+00:00")]
    [InlineData("2025-07-01", "2025-07-01T00:00:00+00:00")]
    [InlineData("  Wed, 03 Jan 2018 14:11:52 GMT\n      ", "2018-01-03T14:11:52+00:00")]
    public void Parse_RealWorldVariant_ReturnsInstant(string text, string expected)
    {
        var parsed = FeedDateParser.Parse(text);

        Assert.NotNull(parsed);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yesterday")]
    [InlineData("31 Feb 2025 10:00:00 GMT")]
    [InlineData("Tue, 01 Jul 2025 25:00:00 GMT")]
    public void Parse_MissingOrInvalid_ReturnsNull(string? text) =>
        Assert.Null(FeedDateParser.Parse(text));

    [Theory]
    [InlineData("Mon, 01 Jan 99999999999 10:00:00 GMT")]
    [InlineData("99999999999999999999")]
    [InlineData("Sat, 01 Jan 0000 00:00:00 GMT")]
    [InlineData("01 Jan 00 00:00:00 GMT+99")]
    [InlineData("Mon, 04 Mar 2024 09:00:00 +1430")]
    [InlineData("Mon, 04 Mar 2024 09:00:00 -1501")]
    [InlineData("Mon, 01 Jan 0001 00:30:00 +1400")]
    [InlineData("Fri, 31 Dec 9999 23:00:00 -1400")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59-14:00")]
    public void Parse_MalformedDate_NullNeverThrows(string text) =>
        Assert.Null(FeedDateParser.Parse(text));

    [Fact]
    public void Parse_HugeZoneToken_NullNeverThrows() =>
        Assert.Null(FeedDateParser.Parse("Mon, 04 Mar 2024 09:00:00 " + string.Concat(Enumerable.Repeat("GMT", 100_000))));
}
