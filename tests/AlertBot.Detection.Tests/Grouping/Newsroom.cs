using AlertBot.Detection.Grouping;

namespace AlertBot.Detection.Tests.Grouping;

/// <summary>Articles through the engine and the grouper as the worker files them: analyse, choose, store (ids handed out here), commit.</summary>
internal sealed class Newsroom(DetectionEngine engine)
{
    private long _nextId = 1;

    public Grouper Grouper { get; } = new(new TermStatistics(), new DevelopmentIndex(GroupingWeights.WithEmbeddings, GroupingWeights.Lexical));

    /// <param name="embedding">The embedding of the article's own development (title and lead); null: words only.</param>
    /// <returns>The development each of the article's developments joined or started.</returns>
    public IReadOnlyList<long> File(ArticleText article, float[]? embedding = null)
    {
        var analysis = engine.Analyze(article);
        var choices = Grouper.Choose(analysis, [embedding], article.Published);
        var ids = new long[choices.Count];
        for (var i = 0; i < choices.Count; i++)
        {
            ids[i] = choices[i].SameAs >= 0 ? ids[choices[i].SameAs] : choices[i].Match?.DevelopmentId ?? _nextId++;
        }

        Grouper.Commit(choices, ids);
        return ids;
    }
}
