using System.Text.Json.Serialization;

namespace AlertBot.Cli.Replay;

/// <summary>The replay report; its shape is a contract with ../shared/eval/score.py (see eval/README.md).</summary>
/// <param name="Significance">Each alert's score, for the printed summary only: not part of the report's contract.</param>
public sealed record ReplayReport(
    IReadOnlyList<ReportAlert> Alerts,
    IReadOnlyList<ReportArticle> Articles,
    IReadOnlyDictionary<string, IReadOnlyList<string>> CityQueries,
    ReportStats Stats,
    [property: JsonIgnore] IReadOnlyDictionary<string, double> Significance);
