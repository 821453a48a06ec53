namespace AlertBot.Ingestion.Feeds;

/// <summary>Guards against hostile or broken documents; real news feeds stay far below these.</summary>
public sealed record FeedParserLimits(long MaxBytes, int MaxDepth)
{
    public static FeedParserLimits Default { get; } = new(MaxBytes: 8 * 1024 * 1024, MaxDepth: 64);
}
