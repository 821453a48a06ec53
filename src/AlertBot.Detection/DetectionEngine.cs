using AlertBot.Detection.Merging;
using AlertBot.Detection.Places;

namespace AlertBot.Detection;

/// <summary>Text in, developments out. Build once (it holds the gazetteer) and reuse; no I/O.</summary>
public sealed class DetectionEngine(Gazetteer gazetteer)
{
    public Gazetteer Gazetteer { get; } = gazetteer;

    public ArticleAnalysis Analyze(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var developments = new List<Development>();
        foreach (var sentence in article.Body.Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var places = Gazetteer.FindMentions(sentence).Select(m => m.Place).Distinct().ToList();
            if (places.Count == 0 || sentence.Length < 20)
            {
                continue;
            }

            var tokens = sentence.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var key = new DevelopmentKey(EventAction.Other, null, places.Select(p => p.GeonameId).ToList(), tokens);
            var headline = sentence.Length > 100 ? sentence[..97] + "..." : sentence;
            developments.Add(new Development(headline, sentence, EventAction.Other, null, places, [sentence], 0.5, true, Certainty.Stated, null, key));
        }

        return new ArticleAnalysis(developments, developments.Count > 0 ? developments[0].Places : []);
    }
}
