namespace AlertBot.Detection.Grouping;

/// <summary>
/// How many reports each word has occurred in, counted online as reports arrive (the host persists the counts, so a restart
/// weighs words as the running worker did). A word every report uses says little about which event a report is of.
/// </summary>
public sealed class TermStatistics
{
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

    public long Documents { get; private set; }

    public int Count => _documentFrequency.Count;

    public int FrequencyOf(string term) => _documentFrequency.GetValueOrDefault(term);

    /// <summary>Counts one report's words; weigh the report after observing it, so its own words are known.</summary>
    public void Observe(IEnumerable<string> distinctTerms)
    {
        ArgumentNullException.ThrowIfNull(distinctTerms);
        Documents++;
        foreach (var term in distinctTerms)
        {
            _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        }
    }

    /// <summary>Sets the counts read back from the store.</summary>
    public void Restore(long documents, IEnumerable<KeyValuePair<string, int>> frequencies)
    {
        ArgumentNullException.ThrowIfNull(frequencies);
        _documentFrequency.Clear();
        foreach (var (term, count) in frequencies)
        {
            _documentFrequency[term] = count;
        }

        Documents = documents;
    }

    public double Idf(string term) => Math.Log((Documents + 1.0) / (_documentFrequency.GetValueOrDefault(term) + 0.5));

    /// <summary>The unit-length TF-IDF vector of a report's word counts, sorted by word.</summary>
    public TermWeight[] Weigh(IReadOnlyDictionary<string, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var weights = new TermWeight[counts.Count];
        var i = 0;
        var norm = 0.0;
        foreach (var (term, count) in counts)
        {
            var weight = (1 + Math.Log(count)) * Math.Max(0, Idf(term));
            weights[i++] = new TermWeight(term, (float)weight);
            norm += weight * weight;
        }

        var scale = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = weights[k] with { Weight = (float)(weights[k].Weight * scale) };
        }

        Array.Sort(weights, static (a, b) => string.CompareOrdinal(a.Term, b.Term));
        return weights;
    }
}
