using AlertBot.Detection.Grouping;

namespace AlertBot.Detection.Tests.Grouping;

/// <summary>Hand-made reports: words with chosen weights (normalised, as <see cref="TermStatistics.Weigh"/> gives them) and embeddings at a chosen angle.</summary>
internal static class Signals
{
    public static readonly DateTimeOffset T0 = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static ReportSignal Words(DateTimeOffset time, params string[] terms) => With(time, [.. terms.Select(t => (t, 1.0))]);

    public static ReportSignal With(DateTimeOffset time, params (string Term, double Weight)[] terms)
    {
        var norm = Math.Sqrt(terms.Sum(t => t.Weight * t.Weight));
        TermWeight[] weights = [.. terms.Select(t => new TermWeight(t.Term, (float)(t.Weight / norm))).OrderBy(t => t.Term, StringComparer.Ordinal)];
        return new ReportSignal(weights, [], null, time);
    }

    /// <summary>A report whose words have cosine <paramref name="cosine"/> with <c>Words(time, term)</c>: the rest of its weight is on a word of its own.</summary>
    public static ReportSignal Cosine(DateTimeOffset time, string term, double cosine, string own) =>
        With(time, (term, cosine), (own, Math.Sqrt(1 - (cosine * cosine))));
}

/// <summary>Unit vectors standing in for sentence embeddings: the real model lives in the host.</summary>
internal static class Embeddings
{
    public const int Size = 8;

    /// <summary>
    /// A unit vector whose cosine with <c>WithCosine(1)</c> is <paramref name="cosine"/>; two built on different axes have the
    /// product of their cosines as theirs.
    /// </summary>
    public static float[] WithCosine(double cosine, int axis = 1, int size = Size)
    {
        var v = new float[size];
        v[0] = (float)cosine;
        v[axis] += (float)Math.Sqrt(1 - (cosine * cosine));
        return v;
    }
}
