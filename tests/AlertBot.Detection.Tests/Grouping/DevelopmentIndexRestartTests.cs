using AlertBot.Detection.Grouping;

namespace AlertBot.Detection.Tests.Grouping;

/// <summary>
/// The index is a function of the stored reports (of the last <see cref="DevelopmentIndex.Capacity"/> added, those within
/// <see cref="DevelopmentIndex.Window"/> of the newest): a restart loads them and must answer as the running index did.
/// </summary>
public sealed class DevelopmentIndexRestartTests
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
    public void Add_ReportPushedOutByCapacity_StaysOutWhenLaterOnesLeaveTheWindow()
    {
        // A is pushed out by B and C, published earlier but added later; the window then moves past B and C. A restart
        // loads the last two added (C, D), of them those in the window (D): A must not come back in the running index either.
        var added = new List<(long, ReportSignal)>
        {
            (1, Signals.Words(T0.AddHours(30), "alpha")),
            (2, Signals.Words(T0.AddHours(10), "beta")),
            (3, Signals.Words(T0.AddHours(10), "gamma")),
            (4, Signals.Words(T0.AddHours(40), "delta")),
        };
        var running = ReportStream.Index(added, Day, capacity: 2);
        var rebuilt = ReportStream.Index(ReportStream.Held(added, running.Window, 2), Day, capacity: 2, running.Newest);
        var alpha = Signals.Words(T0.AddHours(30), "alpha");

        Assert.Null(running.Find(alpha));
        Assert.Null(rebuilt.Find(alpha));
        Assert.Equal(4, rebuilt.Find(Signals.Words(T0.AddHours(40), "delta"))?.DevelopmentId);
    }

    [Fact]
    public void Index_RebuiltAfterItsNewestReportWasEvicted_DropsALateOldReportAsTheRunningIndexDoes()
    {
        // The newest report (t=30) is pushed out by capacity; a rebuilt index told the newest time still knows the window
        // reaches back only to t=6, so it drops a report published at t=0 as the running index does.
        var added = new List<(long, ReportSignal)>
        {
            (1, Signals.Words(T0.AddHours(30), "alpha")),
            (2, Signals.Words(T0.AddHours(10), "beta")),
            (3, Signals.Words(T0.AddHours(10), "gamma")),
        };
        var running = ReportStream.Index(added, Day, capacity: 2);
        var rebuilt = ReportStream.Index(ReportStream.Held(added, running.Window, 2), Day, capacity: 2, running.Newest);
        var late = Signals.Words(T0, "delta");
        running.Add(4, late);
        rebuilt.Add(4, late);

        Assert.Null(running.Find(late));
        Assert.Equal(running.Find(late), rebuilt.Find(late));
    }
}
