namespace AlertBot.Detection.Scoring;

/// <summary>Tells reports from explainers, opinion, live-blog shells, digests and photo/video pages by their title.</summary>
public static class ArticleKindClassifier
{
    private static readonly string[] QuestionOpeners = ["why ", "what ", "how ", "who ", "when ", "where ", "is ", "are ", "can ", "should ", "could ", "will ", "do ", "does ", "did "];

    private static readonly (string Cue, ArticleKind Kind)[] Cues =
    [
        ("explainer", ArticleKind.Explainer), ("explained", ArticleKind.Explainer), ("what we know", ArticleKind.Explainer),
        ("what you need to know", ArticleKind.Explainer), ("analysis:", ArticleKind.Explainer), ("q&a", ArticleKind.Explainer),
        ("timeline", ArticleKind.Explainer), ("a guide to", ArticleKind.Explainer), ("profile:", ArticleKind.Explainer),
        ("opinion", ArticleKind.Opinion), ("comment:", ArticleKind.Opinion), ("editorial", ArticleKind.Opinion),
        ("letters:", ArticleKind.Opinion), ("review:", ArticleKind.Opinion), ("column:", ArticleKind.Opinion),
        ("live:", ArticleKind.LiveShell), ("live updates", ArticleKind.LiveShell), ("as it happened", ArticleKind.LiveShell),
        ("live blog", ArticleKind.LiveShell), ("follow live", ArticleKind.LiveShell),
        ("digest", ArticleKind.Digest), ("briefing", ArticleKind.Digest), ("round-up", ArticleKind.Digest),
        ("roundup", ArticleKind.Digest), ("newsletter", ArticleKind.Digest), ("week in", ArticleKind.Digest),
        ("in pictures", ArticleKind.Media), ("in photos", ArticleKind.Media), ("watch:", ArticleKind.Media),
        ("video:", ArticleKind.Media), ("photos:", ArticleKind.Media), ("podcast", ArticleKind.Media), ("gallery", ArticleKind.Media),
        ("quiz", ArticleKind.Media),
    ];

    public static ArticleKind Classify(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var t = title.Trim().ToLowerInvariant();
        if (t.EndsWith('?') || QuestionOpeners.Any(q => t.StartsWith(q, StringComparison.Ordinal) && t.Contains('?', StringComparison.Ordinal)))
        {
            return ArticleKind.Question;
        }

        if (t.StartsWith("why ", StringComparison.Ordinal) || t.StartsWith("how ", StringComparison.Ordinal)
            || t.StartsWith("what ", StringComparison.Ordinal) || t.StartsWith("what's ", StringComparison.Ordinal) || t.StartsWith("what'", StringComparison.Ordinal))
        {
            return ArticleKind.Explainer;
        }

        foreach (var (cue, kind) in Cues)
        {
            if (t.Contains(cue, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return ArticleKind.Report;
    }
}
