namespace AlertBot.Ingestion;

/// <summary>What a file format yields before the reader adds identity (source path, outlet fallback).</summary>
public sealed record ParsedArticle(string Title, string Body, DateTimeOffset? Published, string? Outlet, string? Url);
