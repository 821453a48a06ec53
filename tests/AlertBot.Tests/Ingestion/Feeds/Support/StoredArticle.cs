namespace AlertBot.Tests.Ingestion.Feeds.Support;

public sealed class StoredArticle
{
    public string Source { get; init; } = "";

    public string Outlet { get; init; } = "";

    public string? Url { get; init; }

    public string Title { get; init; } = "";

    /// <summary>Hash of title and body: lets a test check which body reached the pipeline.</summary>
    public string ContentHash { get; init; } = "";
}
