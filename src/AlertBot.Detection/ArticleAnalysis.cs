using AlertBot.Detection.Places;

namespace AlertBot.Detection;

/// <param name="Developments">Every development found, most significant first; <see cref="Development.IsHeadline"/> marks the ones worth an alert.</param>
/// <param name="Places">Where the article's main development happened (empty when nothing was placed).</param>
/// <param name="Gist">
/// The words of the headline and lead, names marked (a <see cref="Merging.Signature"/>): what the article is about, for
/// telling which story it belongs to (<see cref="Merging.StoryCentroid"/>) when outlets lead one event differently.
/// </param>
public sealed record ArticleAnalysis(IReadOnlyList<Development> Developments, IReadOnlyList<Place> Places, IReadOnlyList<string> Gist);
