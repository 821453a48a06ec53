namespace AlertBot.Detection.Merging;

/// <summary>Decides whether two reports describe the same development.</summary>
public static class DevelopmentMatcher
{
    /// <summary>0..1: how alike two keys are (same action, shared places and actor, overlapping words).</summary>
    public static double Similarity(DevelopmentKey a, DevelopmentKey b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Action != b.Action)
        {
            return 0;
        }

        var placesShared = a.PlaceIds.Count == 0 || b.PlaceIds.Count == 0 || a.PlaceIds.Intersect(b.PlaceIds).Any();
        if (!placesShared)
        {
            return 0;
        }

        var ta = a.Tokens.ToHashSet(StringComparer.Ordinal);
        var shared = b.Tokens.Count(ta.Contains);
        var union = ta.Count + b.Tokens.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

    public static bool IsSame(DevelopmentKey a, DevelopmentKey b) => Similarity(a, b) >= 0.3;
}
