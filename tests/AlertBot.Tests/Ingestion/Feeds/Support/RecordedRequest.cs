namespace AlertBot.Tests.Ingestion.Feeds.Support;

public sealed record RecordedRequest(string Path, string? IfNoneMatch, string? IfModifiedSince, string? UserAgent);
