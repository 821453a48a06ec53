using System.Runtime.CompilerServices;

namespace AlertBot.Benchmarks;

/// <summary>Where the BBC control set is: BBC_CORPUS, or ../shared/corpus/bbc beside the repository.</summary>
internal static class BbcCorpus
{
    public static string Folder() =>
        Environment.GetEnvironmentVariable("BBC_CORPUS") is { Length: > 0 } custom
            ? custom
            : Path.GetFullPath(Path.Combine(SourceFolder(), "..", "..", "..", "shared", "corpus", "bbc"));

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
