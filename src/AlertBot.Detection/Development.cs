using AlertBot.Detection.Places;

namespace AlertBot.Detection;

/// <summary>One thing that happened, as one article reports it.</summary>
/// <param name="Headline">A headline cut from the sentence that states it (under ~100 characters, hedging and attribution kept).</param>
/// <param name="Summary">One or two sentences from the evidence; never a fact no source states.</param>
/// <param name="Evidence">The article's sentences this development rests on, cleaned.</param>
/// <param name="Significance">0..1; at or above the engine's threshold the development is headline-level.</param>
/// <param name="Magnitude">The largest count the evidence gives (dead, arrested), 0 when none.</param>
/// <param name="PlacesNamed">The places are named in the development's own text (not the article's main place lent to it).</param>
/// <param name="Text">
/// What grouping compares with other reports: the headline and lead for an article's own development, the clause for a
/// further development of a long article.
/// </param>
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
    int Magnitude,
    bool PlacesNamed,
    IReadOnlyList<string> Text);
