namespace AlertBot.Detection.Merging;

/// <summary>
/// Decides whether two reports describe the same development. Context versus news is never the same, nor the same
/// kind of event mainly placed in towns far apart; otherwise a
/// weighted cosine over the key's words, lifted when the kind of event and a place agree, lowered when the kinds
/// differ or the towns are far apart.
/// </summary>
public static class DevelopmentMatcher
{
    /// <summary>At or above this <see cref="Similarity"/> two reports are one development (tuned on ECB+ dev, see README).</summary>
    public const double Threshold = 0.25;

    private const double ActionBonus = 0.1;
    private const double PlaceBonus = 0.15;

    /// <summary>
    /// Another family of event: outlets do lead with different verbs for one development ("explosion" / "arrested"),
    /// but within one story different kinds are different developments, so the words must agree strongly.
    /// </summary>
    private const double OtherFamilyPenalty = 0.25;

    /// <summary>An unclassified event shares no kind with the other, so its words alone must carry the match.</summary>
    private const double UnknownKindPenalty = 0.1;

    /// <summary>Towns named on both sides and none near another: usually elsewhere (gazetteer matches can be wrong).</summary>
    private const double ElsewherePenalty = 0.1;

    /// <summary>0..1: how alike two keys are.</summary>
    public static double Similarity(DevelopmentKey a, DevelopmentKey b, TermRarity? rarity = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (K("G_NOMARK", 0) == 0 && Marker(a) != Marker(b))
        {
            return 0;
        }

        var sameAction = a.Action != EventAction.Other && ActionFamily.Of(a.Action) == ActionFamily.Of(b.Action);
        var placeShared = a.PlaceIds.Any(b.PlaceIds.Contains);
        var samePeople = rarity is not null && rarity.Documents >= K("G_MIND", 0) && NameAgreement(a.Tokens, b.Tokens, rarity) >= K("G_NA", 9);
        if (K("G_NOPA", 0) == 0 && !samePeople && sameAction && !placeShared && GeoMarker.PrimaryApart(a.Tokens, b.Tokens))
        {
            // The same kind of event where each mainly happened far from the other: elsewhere, so new.
            return 0;
        }

        var score = Cosine(a.Tokens, b.Tokens, rarity)
            + (sameAction ? K("G_AB", ActionBonus) : 0)
            + (placeShared ? K("G_PB", PlaceBonus) : 0)
            - (samePeople || ActionFamily.Compatible(a.Action, b.Action) ? 0 : K("G_OFP", OtherFamilyPenalty))
            - (a.Action == EventAction.Other || b.Action == EventAction.Other ? K("G_UKP", UnknownKindPenalty) : 0)
            - (!samePeople && !placeShared && GeoMarker.Apart(a.Tokens, b.Tokens) ? K("G_EP", ElsewherePenalty) : 0)
            - (IsMain(a) != IsMain(b) ? K("G_MDP", 0) : 0);
        return Math.Clamp(score, 0, 1);
    }

    public static bool IsSame(DevelopmentKey a, DevelopmentKey b, TermRarity? rarity = null) => Similarity(a, b, rarity) >= K("G_T", Threshold);

    public static double K(string n, double d) => double.TryParse(Environment.GetEnvironmentVariable(n), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : d; // TEMP knob

    /// <summary>Cosine of the two token sets, each word weighted by <see cref="Signature.Weight"/>.</summary>
    public static double Cosine(IReadOnlyList<string> a, IReadOnlyList<string> b, TermRarity? rarity = null)
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
                var bare = Signature.Bare(token);
                w *= rarity?.Weight(bare) ?? 1;
                weights[bare] = w;
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

            var bare = Signature.Bare(token);
            w *= rarity?.Weight(bare) ?? 1;
            normB += w * w;
            if (weights.TryGetValue(bare, out var wa))
            {
                dot += wa * w;
            }
        }

        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }

    /// <summary>Cosine of the two keys' names alone, each weighted by its rarity.</summary>
    public static double NameAgreement(IReadOnlyList<string> a, IReadOnlyList<string> b, TermRarity rarity)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(rarity);
        return Cosine(a.Where(IsName).ToList(), b.Where(IsName).ToList(), rarity);
    }

    private static bool IsName(string token) => token.Length > 1 && (token[0] == Signature.Name || (token[0] == Signature.Context && token[1] == Signature.Name));

    private static bool IsMain(DevelopmentKey key) => key.Tokens.Any(t => t.Length > 0 && t[0] == Signature.Context);

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
