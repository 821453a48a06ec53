using AlertBot.Detection.Alerting;
using AlertBot.Detection.Scoring;

namespace AlertBot.Detection.Tests.Alerting;

/// <summary>What sources say of a development: hand-made, or from the engine's analysis as the worker records it.</summary>
internal static class Sources
{
    public static readonly DateTimeOffset T0 = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static SourceFacts Of(
        string outlet,
        double significance,
        string? title = "Rebels capture Mosul",
        bool statesNews = true,
        ArticleKind kind = ArticleKind.Report,
        bool fresh = true,
        int minutes = 0,
        Certainty certainty = Certainty.Stated,
        string headline = "Rebels captured the city of Mosul on Sunday",
        int[]? places = null,
        EventAction action = EventAction.Other) =>
        new(outlet, kind, title, statesNews, headline, significance, certainty, fresh, T0.AddMinutes(minutes), places ?? [], action);

    /// <summary>The facts of the article's own development, as the worker stores them for the development it joins.</summary>
    public static SourceFacts From(ArticleText article, ArticleAnalysis analysis)
    {
        var development = analysis.Developments[0];
        return new SourceFacts(
            article.Outlet,
            analysis.Kind,
            analysis.Title,
            analysis.TitleStatesNews,
            development.Headline,
            development.Significance,
            development.Certainty,
            Fresh: true,
            article.Published,
            [.. development.Places.Select(p => p.GeonameId)],
            analysis.TitleStatesNews ? analysis.TitleAction : EventAction.Other);
    }
}
