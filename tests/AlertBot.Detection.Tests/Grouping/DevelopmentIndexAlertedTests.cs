using AlertBot.Detection.Grouping;

namespace AlertBot.Detection.Tests.Grouping;

/// <summary>
/// A development that has alerted draws in reports of its kind a little below the joining threshold: one event, one alert.
/// </summary>
public sealed class DevelopmentIndexAlertedTests
{
    private static readonly DateTimeOffset T0 = Signals.T0;

    // Words only, same time: the margin is the cosine less the lexical threshold.
    private static readonly double JustBelow = GroupingWeights.Lexical.Threshold - (DevelopmentIndex.AlertedAllowance / 2);

    [Theory]
    [InlineData(true, 7L)]
    [InlineData(false, null)]
    public void Find_ReportJustBelowTheThreshold_JoinsOnlyADevelopmentThatAlerted(bool alerted, long? expected)
    {
        var index = new DevelopmentIndex(GroupingWeights.WithEmbeddings, GroupingWeights.Lexical);
        index.Add(7, Quake(Signals.Words(T0, "quake")));
        if (alerted)
        {
            index.MarkAlerted(7);
        }

        Assert.Equal(expected, index.Find(Quake(Signals.Cosine(T0, "quake", JustBelow, "herat")))?.DevelopmentId);
    }

    [Fact]
    public void Find_ReportFarBelowTheThreshold_StartsItsOwnEvenNearAnAlert()
    {
        var index = new DevelopmentIndex(GroupingWeights.WithEmbeddings, GroupingWeights.Lexical);
        index.Add(7, Quake(Signals.Words(T0, "quake")));
        index.MarkAlerted(7);

        var far = GroupingWeights.Lexical.Threshold - (1.5 * DevelopmentIndex.AlertedAllowance);

        Assert.Null(index.Find(Quake(Signals.Cosine(T0, "quake", far, "herat"))));
    }

    [Theory]
    [InlineData(EventAction.Other)]
    [InlineData(EventAction.Freed)]
    public void Find_ReportJustBelowOfNoClearSameKind_StartsItsOwn(EventAction action)
    {
        // Seen in the seeds: "rebels entered Damascus" is not the release of Sednaya's detainees, alerted just before.
        var index = new DevelopmentIndex(GroupingWeights.WithEmbeddings, GroupingWeights.Lexical);
        index.Add(7, Quake(Signals.Words(T0, "quake")));
        index.MarkAlerted(7);

        Assert.Null(index.Find(Signals.Cosine(T0, "quake", JustBelow, "herat") with { Action = action }));
    }

    private static ReportSignal Quake(ReportSignal signal) => signal with { Action = EventAction.Disaster };
}
