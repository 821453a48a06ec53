namespace AlertBot.Detection.Scoring;

/// <summary>What sort of page an article is; only a plain <see cref="Report"/> may start an alert, the rest may join one.</summary>
public enum ArticleKind
{
    Report = 0,
    Question,
    Explainer,
    Opinion,
    LiveShell,
    Digest,
    Media,
    Feature,
    Profile,
    Preview,
}
