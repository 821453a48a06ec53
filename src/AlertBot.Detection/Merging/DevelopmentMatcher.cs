namespace AlertBot.Detection.Merging;

/// <summary>
/// Decides whether two reports describe the same development. Hard rules first (a different kind of event, a
/// different place, or context versus news is never the same), then a weighted cosine over the key's words, lifted
/// when the kind of event and a place agree.
/// </summary>
public static class DevelopmentMatcher
{
    /// <summary>At or above this <see cref="Similarity"/> two reports are one development (tuned on ECB+ dev, see README).</summary>
    public const double Threshold = 0.35;

    private const double ActionBonus = 0.2;
    private const double PlaceBonus = 0.2;

    /// <summary>0..1: how alike two keys are.</summary>
    public static double Similarity(DevelopmentKey a, DevelopmentKey b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Marker(a) != Marker(b))
        {
            return 0;
        }

        var sameAction = a.Action == b.Action && a.Action != EventAction.Other;
        if (!sameAction && a.Action != EventAction.Other && b.Action != EventAction.Other)
        {
            return 0;
        }

        var placeShared = a.PlaceIds.Any(b.PlaceIds.Contains);
        if (!placeShared && (Disjoint(a.PlaceIds, b.PlaceIds, id => id > 0) || Disjoint(a.PlaceIds, b.PlaceIds, id => id < 0)))
        {
            // Towns both named and none shared, or countries/regions both named and none shared: elsewhere, so new.
            return 0;
        }

        var score = Cosine(a.Tokens, b.Tokens) + (sameAction ? ActionBonus : 0) + (placeShared ? PlaceBonus : 0);
        return Math.Min(1, score);
    }

    public static bool IsSame(DevelopmentKey a, DevelopmentKey b) => Similarity(a, b) >= Threshold;

    /// <summary>Cosine of the two token sets, each word weighted by <see cref="Signature.Weight"/>.</summary>
    public static double Cosine(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var weights = new Dictionary<string, double>(a.Count, StringComparer.Ordinal);
        var normA = 0.0;
        foreach (var token in a)
        {
            var w = Signature.Weight(token);
            if (w > 0)
            {
                weights[Signature.Bare(token)] = w;
                normA += w * w;
            }
        }

        var normB = 0.0;
        var dot = 0.0;
        foreach (var token in b)
        {
            var w = Signature.Weight(token);
            if (w <= 0)
            {
                continue;
            }

            normB += w * w;
            if (weights.TryGetValue(Signature.Bare(token), out var wa))
            {
                dot += wa * w;
            }
        }

        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }

    /// <summary>GeoNames ids are positive for towns; countries and regions have negative ids.</summary>
    private static bool Disjoint(IReadOnlyList<int> a, IReadOnlyList<int> b, Func<int, bool> kind) =>
        a.Any(kind) && b.Any(kind) && !a.Where(kind).Any(b.Contains);

    private static string? Marker(DevelopmentKey key)
    {
        for (var i = key.Tokens.Count - 1; i >= 0; i--)
        {
            if (key.Tokens[i].Length > 0 && key.Tokens[i][0] == Signature.Marker)
            {
                return key.Tokens[i];
            }
        }

        return null;
    }
}
