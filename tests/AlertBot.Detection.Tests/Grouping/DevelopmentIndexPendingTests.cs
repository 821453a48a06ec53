using AlertBot.Detection.Grouping;

namespace AlertBot.Detection.Tests.Grouping;

/// <summary>
/// The index must be a function of the stored reports (the last <see cref="DevelopmentIndex.Capacity"/> of those within
/// <see cref="DevelopmentIndex.Window"/> of the newest, in the order added): what a restart loads. These show where it is not.
/// </summary>
public sealed class DevelopmentIndexPendingTests
{
    private static readonly DateTimeOffset T0 = Signals.T0;
    private static readonly GroupingWeights Day = GroupingWeights.Lexical with { WindowHours = 24 };

    [Fact]
    public void Index_RebuiltFromStoredReportsInOrder_AnswersAsTheRunningIndex()
    {
        var added = ReportStream.Generate(seed: 7, count: 300, hoursApart: 0.5, jitterHours: 12);

        ReportStream.AssertRestartsAnswerAsTheRunningIndex(added, Day, capacity: 20);
    }

    [Fact]
    public void Add_CapacityEvictionThenTheWindowMoves_HoldsWhatARestartLoads()
    {
        // A is pushed out by B and C, published earlier but added later; the window then moves past B and C. A restart
        // loads A (within the window, among the last two added of those): so must the running index.
        var index = new DevelopmentIndex(Day, Day, capacity: 2);
        index.Add(1, Signals.Words(T0.AddHours(30), "alpha"));
        index.Add(2, Signals.Words(T0.AddHours(10), "beta"));
        index.Add(3, Signals.Words(T0.AddHours(10), "gamma"));
        index.Add(4, Signals.Words(T0.AddHours(40), "delta"));

        Assert.Equal(1, index.Find(Signals.Words(T0.AddHours(30), "alpha"))?.DevelopmentId);
    }

    [Fact]
    public void Index_RebuiltAfterItsNewestReportWasEvicted_DropsALateOldReportAsTheRunningIndexDoes()
    {
        // The newest report (t=30) is pushed out by capacity, so a rebuilt index never learns the window reaches back only to
        // t=6 and keeps a report published at t=0 that the running index drops at once.
        var added = new List<(long, ReportSignal)>
        {
            (1, Signals.Words(T0.AddHours(30), "alpha")),
            (2, Signals.Words(T0.AddHours(10), "beta")),
            (3, Signals.Words(T0.AddHours(10), "gamma")),
        };
        var running = ReportStream.Index(added, Day, capacity: 2);
        var rebuilt = ReportStream.Index(ReportStream.Held(added, running.Window, 2), Day, capacity: 2);
        var late = Signals.Words(T0, "delta");
        running.Add(4, late);
        rebuilt.Add(4, late);

        Assert.Equal(running.Find(late), rebuilt.Find(late));
    }
}
