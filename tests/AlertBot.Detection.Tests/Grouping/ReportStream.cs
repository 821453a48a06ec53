using AlertBot.Detection.Grouping;

namespace AlertBot.Detection.Tests.Grouping;

/// <summary>A seeded stream of reports of a few developments, published out of order, and what a restart would load of it.</summary>
internal static class ReportStream
{
    private static readonly string[] Vocabulary = ["quake", "flood", "herat", "arusha", "ferry", "dhaka", "stab", "sydney", "vote", "court", "strike", "fire"];

    /// <summary>Reports about every <paramref name="hoursApart"/> hours, each published up to <paramref name="jitterHours"/> early or late.</summary>
    public static List<(long Id, ReportSignal Signal)> Generate(int seed, int count, double hoursApart, double jitterHours)
    {
        var random = new Random(seed);
        var reports = new List<(long, ReportSignal)>(count);
        for (var i = 0; i < count; i++)
        {
            var time = Signals.T0.AddHours((i * hoursApart) + (((random.NextDouble() * 2) - 1) * jitterHours));
            var words = Vocabulary.OrderBy(_ => random.Next()).Take(3).Select(w => (w, 0.2 + random.NextDouble())).ToArray();
            reports.Add((random.Next(1, 40), Signals.With(time, words)));
        }

        return reports;
    }

    /// <summary>Queries spread over the last window of the stream.</summary>
    public static List<ReportSignal> Queries(int seed, DateTimeOffset newest, TimeSpan window, int count)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Signals.With(
            newest - (window * random.NextDouble()),
            [.. Vocabulary.OrderBy(_ => random.Next()).Take(2).Select(w => (w, 0.2 + random.NextDouble()))]))];
    }

    /// <summary>What a restart loads: of the last <paramref name="capacity"/> added, those within the window of the newest ever added, in the order added.</summary>
    public static List<(long Id, ReportSignal Signal)> Held(IReadOnlyList<(long Id, ReportSignal Signal)> added, TimeSpan window, int capacity)
    {
        var newest = added.Max(a => a.Signal.Time);
        return [.. added.TakeLast(capacity).Where(a => a.Signal.Time >= newest - window)];
    }

    /// <summary>An index of <paramref name="reports"/> added in order, its window moved on to <paramref name="newest"/> first as a restart does.</summary>
    public static DevelopmentIndex Index(IEnumerable<(long Id, ReportSignal Signal)> reports, GroupingWeights weights, int capacity, DateTimeOffset? newest = null)
    {
        var index = new DevelopmentIndex(weights, weights, capacity);
        if (newest is { } time)
        {
            index.AdvanceTo(time);
        }

        foreach (var (id, signal) in reports)
        {
            index.Add(id, signal);
        }

        return index;
    }

    /// <summary>
    /// Feeds the stream to one running index and after every report restarts: builds an index from the reports a restart
    /// loads and asks both the same questions.
    /// </summary>
    public static void AssertRestartsAnswerAsTheRunningIndex(IReadOnlyList<(long Id, ReportSignal Signal)> added, GroupingWeights weights, int capacity)
    {
        var running = new DevelopmentIndex(weights, weights, capacity);
        for (var k = 0; k < added.Count; k++)
        {
            running.Add(added[k].Id, added[k].Signal);
            var rebuilt = Index(Held([.. added.Take(k + 1)], running.Window, capacity), weights, capacity, running.Newest);
            var queries = Queries(seed: k, running.Newest, running.Window, count: 30);
            var expected = Answers(running, queries);
            var actual = Answers(rebuilt, queries);
            var first = Enumerable.Range(0, queries.Count).FirstOrDefault(i => expected[i] != actual[i], -1);
            Assert.True(first < 0, $"restarted after {k + 1} reports, query {first}: running {expected.ElementAtOrDefault(first)}, rebuilt {actual.ElementAtOrDefault(first)}");
        }
    }

    public static List<GroupingMatch?> Answers(DevelopmentIndex index, IEnumerable<ReportSignal> queries) => [.. queries.Select(q => index.Find(q))];
}
