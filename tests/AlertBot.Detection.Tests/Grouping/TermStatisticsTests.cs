using AlertBot.Detection.Grouping;

namespace AlertBot.Detection.Tests.Grouping;

public sealed class TermStatisticsTests
{
    [Fact]
    public void Observe_CountsReportsAndTheReportsEachWordIsIn()
    {
        var statistics = new TermStatistics();
        statistics.Observe(["quake", "herat"]);
        statistics.Observe(["quake", "toll"]);

        Assert.Equal(2, statistics.Documents);
        Assert.Equal(3, statistics.Count);
        Assert.Equal(2, statistics.FrequencyOf("quake"));
        Assert.Equal(1, statistics.FrequencyOf("toll"));
        Assert.Equal(0, statistics.FrequencyOf("flood"));
    }

    [Fact]
    public void Idf_IsTheSmoothedLogOfReportsOverReportsWithTheWord()
    {
        var statistics = Observed(["quake", "herat"], ["quake", "toll"], ["flood"]);

        Assert.Equal(Math.Log(4 / 2.5), statistics.Idf("quake"), 1e-12);
        Assert.Equal(Math.Log(4 / 0.5), statistics.Idf("unseen"), 1e-12);
    }

    [Fact]
    public void Weigh_AnyReport_IsAUnitVectorSortedByWord()
    {
        var statistics = Observed(["quake", "herat", "toll"], ["quake"], ["flood"]);

        var weights = statistics.Weigh(new Dictionary<string, int> { ["toll"] = 1, ["quake"] = 2, ["herat"] = 1 });

        Assert.Equal(["herat", "quake", "toll"], weights.Select(w => w.Term));
        Assert.Equal(1, Math.Sqrt(weights.Sum(w => (double)w.Weight * w.Weight)), 1e-6);
    }

    [Fact]
    public void Weigh_CommonWord_WeighsLessThanARareOne()
    {
        var statistics = Observed(["quake", "herat"], ["quake"], ["quake"], ["quake"]);

        var weights = statistics.Weigh(new Dictionary<string, int> { ["quake"] = 1, ["herat"] = 1 }).ToDictionary(w => w.Term, w => w.Weight);

        Assert.True(weights["herat"] > weights["quake"], $"herat {weights["herat"]}, quake {weights["quake"]}");
    }

    [Fact]
    public void Weigh_RepeatedWord_WeighsMoreThanOnce()
    {
        var statistics = Observed(["quake", "herat"]);

        var weights = statistics.Weigh(new Dictionary<string, int> { ["quake"] = 3, ["herat"] = 1 }).ToDictionary(w => w.Term, w => w.Weight);

        Assert.True(weights["quake"] > weights["herat"]);
    }

    [Fact]
    public void Weigh_NoWords_IsEmpty()
    {
        Assert.Empty(new TermStatistics().Weigh(new Dictionary<string, int>()));
    }

    [Fact]
    public void Restore_TheStoredCounts_WeighsAsTheRunningStatistics()
    {
        var running = Observed(["quake", "herat"], ["quake", "toll"], ["flood", "arusha"], ["flood"]);
        var restored = new TermStatistics();
        restored.Observe(["stale"]);
        string[] terms = ["quake", "herat", "toll", "flood", "arusha"];

        restored.Restore(running.Documents, terms.Select(t => new KeyValuePair<string, int>(t, running.FrequencyOf(t))));

        var report = new Dictionary<string, int> { ["quake"] = 1, ["toll"] = 2, ["arusha"] = 1 };
        Assert.Equal(running.Weigh(report), restored.Weigh(report));
        Assert.Equal(0, restored.FrequencyOf("stale"));
        Assert.Equal(running.Documents, restored.Documents);
    }

    private static TermStatistics Observed(params string[][] reports)
    {
        var statistics = new TermStatistics();
        foreach (var report in reports)
        {
            statistics.Observe(report);
        }

        return statistics;
    }
}
