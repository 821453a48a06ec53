using AlertBot.Detection.Events;
using AlertBot.Detection.Places;
using AlertBot.Detection.Summaries;

namespace AlertBot.Detection.Tests.Summaries;

public sealed class HeadlineWriterSubjectTests
{
    [Theory]
    [InlineData("Nine miners trapped underground since Friday afternoon have been rescued, officials said.", "Nine miners")]
    [InlineData("Two climbers stranded on the ridge since Tuesday night have been rescued by helicopter.", "Two climbers")]
    public void Write_TimePhraseInsideTheSubject_KeepsTheSubject(string sentence, string subject)
    {
        // Seen on a live feed as "Friday afternoon have been rescued": "since" opens a phrase of the subject, not a clause.
        var candidate = SentenceExtractor.Extract(sentence, 0, Array.Empty<PlaceMention>(), 2024).First(c => c.Action != EventAction.Other);

        var headline = HeadlineWriter.Write(candidate, candidate.Hedged, candidate.Attribution);

        Assert.StartsWith(subject, headline, StringComparison.Ordinal);
    }
}
