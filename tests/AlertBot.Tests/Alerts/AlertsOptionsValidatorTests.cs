using AlertBot.Alerts;
using AlertBot.Alerts.Embedding;
using AlertBot.Tests.Support;

namespace AlertBot.Tests.Alerts;

public sealed class AlertsOptionsValidatorTests
{
    [Theory]
    [InlineData("under a file")]
    [InlineData("a file")]
    public void Validate_ModelCacheThatCannotBeWritten_NamesItBesideTheOtherFailures(string kind)
    {
        using var folder = new TempDirectory();
        var taken = folder.Blocker();
        var cache = kind == "a file" ? taken : Path.Combine(taken, "models");

        var result = new AlertsOptionsValidator().Validate(null,
            new AlertsOptions { Embeddings = EmbeddingModel.MiniLM, ModelCache = cache, MergeWindowHours = 0 });

        Assert.True(result.Failed);
        Assert.Equal(2, result.Failures!.Count());
        var failure = Assert.Single(result.Failures!, f => f.StartsWith("Alerts:ModelCache ", StringComparison.Ordinal));
        Assert.Contains(folder.File("taken"), failure, StringComparison.Ordinal);
        Assert.Contains("Alerts:Embeddings to None", failure, StringComparison.Ordinal);
        Assert.Contains(result.Failures!, f => f.StartsWith("Alerts:MergeWindowHours", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ModelCacheThatCannotBeWrittenButNoModel_Succeeds()
    {
        using var folder = new TempDirectory();
        folder.Blocker();

        var result = new AlertsOptionsValidator().Validate(null,
            new AlertsOptions { Embeddings = EmbeddingModel.None, ModelCache = Path.Combine(folder.File("taken"), "models") });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_ModelCacheNotYetCreated_SucceedsAndCreatesNothing()
    {
        using var folder = new TempDirectory();

        var result = new AlertsOptionsValidator().Validate(null,
            new AlertsOptions { Embeddings = EmbeddingModel.MiniLM, ModelCache = Path.Combine(folder.Path, "cache", "models") });

        Assert.True(result.Succeeded);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }
}
