using AlertBot.Detection.Events;
using AlertBot.Detection.Places;
using AlertBot.Detection.Summaries;

namespace AlertBot.Detection.Tests.Summaries;

public sealed class HeadlineWriterTests
{
    private static string HeadlineOf(string sentence)
    {
        var candidate = SentenceExtractor.Extract(sentence, 0, Array.Empty<PlaceMention>(), 2024)
            .First(c => c.Action != EventAction.Declared || c.ContentAction != EventAction.Other);
        return HeadlineWriter.Write(candidate, candidate.Hedged, candidate.Attribution);
    }

    [Fact]
    public void Write_HedgeRemovedWithOpener_AddsReportedly()
    {
        Assert.Equal("The president has reportedly fled the country", HeadlineOf("and amid reports that the president has fled the country."));
    }

    [Fact]
    public void Write_TimeAside_IsDropped()
    {
        Assert.Equal("Rebels captured the airport", HeadlineOf("Hours earlier, rebels captured the airport."));
    }

    [Fact]
    public void Write_TrailingSource_BecomesAccordingTo()
    {
        Assert.Equal("The regime's rule has ended, according to Reuters", HeadlineOf("The regime's rule has ended, a senior officer told Reuters."));
    }

    [Fact]
    public void Write_LongClause_StaysUnderLimitAndKeepsTheEvent()
    {
        var headline = HeadlineOf("Government forces backed by heavy artillery and air support have finally taken full control of the northern city after a long and bloody siege that lasted many months.");

        Assert.True(headline.Length <= HeadlineWriter.MaxLength, headline);
        Assert.Contains("taken full control", headline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rebels say they have entered the prison north of the capital and freed prisoners there", "rebels say they have entered the prison and freed prisoners there")]
    [InlineData("They released detainees from the jail, a notorious detention centre near the border", "They released detainees from the jail")]
    public void Compress_Asides_AreRemovedAndNothingIsAdded(string clause, string expected)
    {
        Assert.Equal(expected, EvidenceText.Compress(clause));
    }
}
