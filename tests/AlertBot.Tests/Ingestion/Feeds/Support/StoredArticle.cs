namespace AlertBot.Tests.Ingestion.Feeds.Support;

public sealed class StoredArticle
{
    public string Source { get; init; } = "";

    public string Outlet { get; init; } = "";

    public string Title { get; init; } = "";
}
