namespace AlertBot.Detection.Merging;

/// <summary>
/// The articles of one story as a centroid of their gists (<see cref="ArticleAnalysis.Gist"/>): each word weighs by the
/// share of the story's articles that use it times its rarity. An article joins the story it is most like when the
/// likeness reaches <see cref="SameStory"/>. Outlets lead one event with different verbs and details, but the names and
/// rare words of their headlines and leads agree; a centroid, unlike the nearest single article, does not let a chain
/// of loosely related reports pull a topic's every article into one story.
/// </summary>
public sealed class StoryCentroid
{
    /// <summary>Cosine at which an article belongs to a story (tuned on ECB+ dev: see README, "Grouping").</summary>
    public const double SameStory = 0.15;

    /// <summary>Per word: how many of the story's articles use it, and its weight as a name or plain word.</summary>
    private readonly Dictionary<string, (int Documents, double Form)> _words = new(StringComparer.Ordinal);

    public int Size { get; private set; }

    public void Add(IReadOnlyList<string> gist)
    {
        ArgumentNullException.ThrowIfNull(gist);
        foreach (var token in gist)
        {
            var weight = Signature.Weight(token);
            if (weight <= 0)
            {
                continue;
            }

            var bare = Signature.Bare(token);
            var known = _words.GetValueOrDefault(bare);
            // A word is a name in the story if any article wrote it as one.
            _words[bare] = (known.Documents + 1, Math.Max(known.Form, weight));
        }

        Size++;
    }

    /// <summary>0..1: cosine of the gist against the centroid, words weighted by <paramref name="rarity"/> when given.</summary>
    public double Similarity(IReadOnlyList<string> gist, TermRarity? rarity = null)
    {
        ArgumentNullException.ThrowIfNull(gist);
        if (Size == 0)
        {
            return 0;
        }

        var mine = DevelopmentMatcher.Weigh(gist, rarity, out var normA);
        var normB = 0.0;
        var dot = 0.0;
        foreach (var (bare, (count, form)) in _words)
        {
            var w = form * count / Size * (rarity?.Weight(bare) ?? 1);
            normB += w * w;
            if (mine.TryGetValue(bare, out var wa))
            {
                dot += wa * w;
            }
        }

        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }
}
