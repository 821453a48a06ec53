using AlertBot.Detection.Places;

namespace AlertBot.Detection;

/// <param name="Developments">Every development found, most significant first; <see cref="Development.IsHeadline"/> marks the ones worth an alert.</param>
/// <param name="Places">Where the article's main development happened (empty when nothing was placed).</param>
public sealed record ArticleAnalysis(IReadOnlyList<Development> Developments, IReadOnlyList<Place> Places);
