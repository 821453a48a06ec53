using AlertBot.Detection.Merging;
using AlertBot.Detection.Places;

namespace AlertBot.Detection;

/// <summary>One thing that happened, as one article reports it.</summary>
/// <param name="Headline">Under ~100 characters, keeps the source's hedging and attribution.</param>
/// <param name="Summary">One or two sentences from the evidence; never a fact no source states.</param>
/// <param name="Evidence">The article's sentences this development rests on, cleaned.</param>
/// <param name="Significance">0..1; at or above the engine's threshold the development is headline-level.</param>
/// <param name="Key">What merging compares: action, actor, places and a text signature.</param>
public sealed record Development(
    string Headline,
    string Summary,
    EventAction Action,
    string? Actor,
    IReadOnlyList<Place> Places,
    IReadOnlyList<string> Evidence,
    double Significance,
    bool IsHeadline,
    Certainty Certainty,
    string? Attribution,
    DevelopmentKey Key);
