namespace AlertBot.Detection.Scoring;

/// <summary>What sort of page an article is; only plain reports carry alert-worthy developments at full weight.</summary>
public enum ArticleKind
{
    Report = 0,
    Question,
    Explainer,
    Opinion,
    LiveShell,
    Digest,
    Media,
}
