using AlertBot.Alerts;
using AlertBot.Alerts.Embedding;
using AlertBot.Cli.Replay;
using AlertBot.Detection;
using AlertBot.Detection.Places;
using BenchmarkDotNet.Attributes;

namespace AlertBot.Benchmarks;

/// <summary>
/// The whole pipeline in a process that has run it before, as the hosted worker does after its first minutes: the replay of
/// <see cref="Articles"/> BBC articles (../shared/corpus/bbc, or BBC_CORPUS) on a fresh SQLite store, words-only grouping
/// (the embedding's own cost is measured apart, per text, by tools/bench/replay-scaling.sh). <c>History</c> 2 replays them
/// with a copy filed an hour later under another outlet, each copy one line longer so it is a new report of the first's
/// development: per-article cost must not grow with history, so its Mean is at most 2.1 times <c>History</c> 1's.
/// Figures are per article of the set (OperationsPerInvoke): for <c>History</c> 1, articles/s = 1 s / Mean. The pipeline
/// runs on one thread; each iteration's processor time (every thread: GC and tier-up included) is printed at the end
/// as articles per core-second.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReplayBenchmarks
{
    private const int Articles = 2_000;

    private readonly List<double> _cpuSeconds = [];
    private ReplayRunner _runner = null!;
    private List<IncomingArticle> _articles = [];

    [Params(1, 2)]
    public int History { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (all, _) = ReplayInput.ReadAsync([BbcCorpus.Folder()], 1 << 22, CancellationToken.None).GetAwaiter().GetResult();
        if (all.Count < Articles)
        {
            throw new InvalidOperationException($"Need {Articles} articles in {BbcCorpus.Folder()} (set BBC_CORPUS), found {all.Count}.");
        }

        // Spread over all five sections: the folders are read in order.
        var step = all.Count / (double)Articles;
        var sample = Enumerable.Range(0, Articles).Select(i => all[(int)(i * step)]).ToList();
        _articles = History == 1 ? sample : [.. sample, .. sample.Select(FiledAgain)];
        _runner = new ReplayRunner(new DetectionEngine(Gazetteer.LoadDefault()), new AlertsOptions { Embeddings = EmbeddingModel.None });
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public async Task<int> Replay()
    {
        var report = await _runner.RunAsync(_articles, [], 0, CancellationToken.None);
        _cpuSeconds.Add(report.Stats.CpuSeconds);
        return report.Alerts.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // The first runs are BenchmarkDotNet's pilot and warm-up: the median of all is the steady state's.
        var median = _cpuSeconds.Order().ElementAt(_cpuSeconds.Count / 2);
        Console.WriteLine($"// replay History={History}: {_articles.Count} articles, median {median:F2} s of processor time over {_cpuSeconds.Count} runs = {_articles.Count / median:F0} articles per core-second");
        _cpuSeconds.Clear();
    }

    private static IncomingArticle FiledAgain(IncomingArticle article) => article with
    {
        Source = "desk-b/" + article.Source,
        Outlet = "desk-b",
        Body = article.Body + "\nFiled again by a second desk.\n",
        Published = article.Published?.AddHours(1),
    };
}
