using AlertBot.Alerts;
using AlertBot.Alerts.Embedding;
using AlertBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Alerts.Embedding;

public sealed class TextEmbedderTests
{
    [Fact]
    public void Embed_MiniLMWithModelCache_UnpacksIntoThatFolderAndGivesUnitVectors()
    {
        using var folder = new TempDirectory();
        var cache = Path.Combine(folder.Path, "cache");
        using var embedder = new TextEmbedder(Options.Create(new AlertsOptions { Embeddings = EmbeddingModel.MiniLM, ModelCache = cache }));
        Assert.False(Directory.Exists(cache)); // loaded on first use, not at start

        var vectors = embedder.Embed(["Rebels take Homs", "Flooding in Valencia"]);

        Assert.True(File.Exists(Path.Combine(cache, MiniLmModelFiles.ModelFileName)));
        Assert.All(vectors, v => Assert.Equal(1.0, Math.Sqrt(v!.Sum(x => (double)x * x)), precision: 5));
        Assert.Equal(2, embedder.Usage.Texts);
    }

    [Fact]
    public void Embed_None_GivesNullsAndWritesNoModel()
    {
        using var folder = new TempDirectory();
        var cache = Path.Combine(folder.Path, "cache");
        using var embedder = new TextEmbedder(Options.Create(new AlertsOptions { Embeddings = EmbeddingModel.None, ModelCache = cache }));

        Assert.Equal([null, null], embedder.Embed(["Rebels take Homs", "Flooding in Valencia"]));
        Assert.False(Directory.Exists(cache));
    }
}
