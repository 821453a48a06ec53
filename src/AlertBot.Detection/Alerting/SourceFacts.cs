using AlertBot.Detection.Scoring;

namespace AlertBot.Detection.Alerting;

/// <summary>What one source says of a development: all that deciding, heading and placing an alert needs of it.</summary>
/// <param name="Outlet">Who published it; confirmations count distinct outlets, not items.</param>
/// <param name="Title">The source's cleaned title when the development is the article's own, else null (a further development of a long article).</param>
/// <param name="TitleStatesNews">The title says what happened, so it can head the alert.</param>
/// <param name="Headline">A headline cut from the source's sentence stating the development.</param>
/// <param name="Fresh">Published recently enough to alert (not an old item found after downtime).</param>
/// <param name="PlaceIds">The places the source's title and lead name, most specific first.</param>
/// <param name="Action">The kind of event the source states (its title's, or its further development's clause's), as grouping
/// reads it; <see cref="EventAction.Other"/> when it states none clearly.</param>
public sealed record SourceFacts(
    string Outlet,
    ArticleKind Kind,
    string? Title,
    bool TitleStatesNews,
    string Headline,
    double Significance,
    Certainty Certainty,
    bool Fresh,
    DateTimeOffset Seen,
    IReadOnlyList<int> PlaceIds,
    EventAction Action)
{
    /// <summary>A news report in any format (text, live page, video): it confirms the event. Opinion and explainers do not.</summary>
    public bool Reports => Kind is ArticleKind.Report or ArticleKind.LiveShell or ArticleKind.Media;
}
