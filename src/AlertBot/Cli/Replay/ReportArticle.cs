namespace AlertBot.Cli.Replay;

/// <param name="Developments">Ids of the developments found in the article, most significant first.</param>
/// <param name="Cities">Where the article's main development happened.</param>
public sealed record ReportArticle(string Source, IReadOnlyList<string> Developments, IReadOnlyList<ReportCity> Cities);
