using System.Runtime.CompilerServices;

namespace AlertBot.Benchmarks;

/// <summary>
/// The real-world feed files the tests keep as fixtures. BenchmarkDotNet runs each benchmark from a generated
/// project elsewhere, so the folder is found from this source file's location (or FEEDS_CORPUS).
/// </summary>
public static class FeedCorpus
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("FEEDS_CORPUS") is { Length: > 0 } custom
        ? custom
        : Path.GetFullPath(Path.Combine(SourceFolder(), "..", "AlertBot.Tests", "Ingestion", "Feeds", "Fixtures"));

    /// <summary>The files that are feeds (the corpus also holds a license and an HTML page).</summary>
    public static IEnumerable<string> FeedFiles() =>
        Directory.EnumerateFiles(Folder)
            .Where(f => Path.GetExtension(f) is ".rss" or ".atom" or ".xml" or ".json")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
