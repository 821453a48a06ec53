using AlertBot.Detection.Places;
using AlertBot.Detection.Scoring;

namespace AlertBot.Detection;

/// <param name="Developments">
/// What the article reports, most significant first: the first is the article's own (its headline and lead), any others are
/// further headline-level developments a long article reports in its body.
/// </param>
/// <param name="Places">Where the article's main development happened, most specific first (empty when nothing was placed).</param>
/// <param name="Kind">What sort of page it is: only a <see cref="ArticleKind.Report"/> may start an alert.</param>
/// <param name="Title">The title without presentation labels and outlet suffixes ("LIVE:", "| Example News").</param>
/// <param name="TitleStatesNews">The title says what happened (not a question, a preview or a label): it can head an alert.</param>
/// <param name="TitleAction">The kind of event the title states; <see cref="EventAction.Other"/> when it states none.</param>
public sealed record ArticleAnalysis(
    IReadOnlyList<Development> Developments,
    IReadOnlyList<Place> Places,
    ArticleKind Kind,
    string Title,
    bool TitleStatesNews,
    EventAction TitleAction = EventAction.Other);
