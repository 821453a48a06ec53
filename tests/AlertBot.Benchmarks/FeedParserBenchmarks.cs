using AlertBot.Ingestion.Feeds;
using BenchmarkDotNet.Attributes;

namespace AlertBot.Benchmarks;

/// <summary>
/// Parse throughput per real feed file (decode, XML/JSON, HTML clean-up, dates, link normalisation).
/// MB/s = file size / median time; the report's median over files is the headline figure.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
// Not sealed: BenchmarkDotNet derives from benchmark classes.
public class FeedParserBenchmarks
{
    private readonly FeedParser _parser = new();
    private byte[] _bytes = [];

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    public static IEnumerable<string> Files() => FeedCorpus.FeedFiles();

    [GlobalSetup]
    public void Setup() => _bytes = System.IO.File.ReadAllBytes(Path.Combine(FeedCorpus.Folder, File));

    [Benchmark]
    public int Parse() => _parser.Parse(_bytes).Items.Count;
}
