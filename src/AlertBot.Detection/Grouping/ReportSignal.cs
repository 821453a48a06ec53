namespace AlertBot.Detection.Grouping;

/// <summary>
/// What grouping compares of one report (an article's headline and lead, or one development of a long article).
/// Built once, when the report arrives, and stored with it, so a restart compares exactly what the running worker did.
/// </summary>
/// <param name="Terms">Unit-length TF-IDF vector of the report's words, weighed with the word statistics of its arrival.</param>
/// <param name="Names">Lower-cased names the text capitalises mid-sentence (people, groups, places).</param>
/// <param name="Embedding">Unit-length sentence embedding of the same text; null when the worker runs without a model.</param>
/// <param name="Time">When the report was published.</param>
/// <param name="Places">The towns the report's own text names (not countries or regions: too wide to tell events apart).</param>
/// <param name="Action">The kind of event the report states, when it clearly states one (its title's, or its clause's).</param>
/// <param name="Clause">One clause of a long article, not a headline and lead: shorter, so alike reports score lower.</param>
public sealed record ReportSignal(
    IReadOnlyList<TermWeight> Terms,
    IReadOnlyList<string> Names,
    float[]? Embedding,
    DateTimeOffset Time,
    IReadOnlyList<GeoPoint> Places,
    EventAction Action = EventAction.Other,
    bool Clause = false)
{
    public ReportSignal(IReadOnlyList<TermWeight> terms, IReadOnlyList<string> names, float[]? embedding, DateTimeOffset time)
        : this(terms, names, embedding, time, [])
    {
    }
}
