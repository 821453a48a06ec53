using AlertBot.Detection;
using AlertBot.Detection.Places;
using BenchmarkDotNet.Attributes;

namespace AlertBot.Benchmarks;

/// <summary>
/// Detection throughput on real news: <see cref="Articles"/> BBC articles (the control set in ../shared/corpus/bbc, or
/// BBC_CORPUS), analysed one after another on one thread. Reported figures are per article (OperationsPerInvoke):
/// articles/s = 1 s / Mean; Allocated = bytes per article. Target: at least 500 articles/s.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DetectionBenchmarks
{
    private const int Articles = 500;

    private DetectionEngine _engine = null!;
    private ArticleText[] _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        _engine = new DetectionEngine(Gazetteer.LoadDefault());
        _articles = Directory.EnumerateFiles(BbcCorpus.Folder(), "*.txt", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToArray();
        if (_articles.Length < Articles)
        {
            throw new InvalidOperationException($"Need {Articles} articles in {BbcCorpus.Folder()} (set BBC_CORPUS), found {_articles.Length}.");
        }

        // Spread the sample over all five sections rather than the first folder only.
        var step = _articles.Length / Articles;
        _articles = Enumerable.Range(0, Articles).Select(i => _articles[i * step]).ToArray();
        _engine.Analyze(_articles[0]);
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Analyze()
    {
        var developments = 0;
        foreach (var article in _articles)
        {
            developments += _engine.Analyze(article).Developments.Count;
        }

        return developments;
    }

    private static ArticleText Read(string path)
    {
        var text = File.ReadAllText(path);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var title = newline > 0 ? text[..newline].Trim() : text.Trim();
        var body = newline > 0 ? text[(newline + 1)..] : text;
        return new ArticleText(path, title, body, new DateTimeOffset(2005, 1, 1, 0, 0, 0, TimeSpan.Zero), Path.GetFileName(Path.GetDirectoryName(path)) ?? "");
    }
}
