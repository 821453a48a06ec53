namespace AlertBot.Detection.Merging;

/// <summary>
/// Decides whether two reports describe the same development. Context versus news is never the same, nor the same
/// kind of event mainly placed in towns far apart; otherwise a
/// weighted cosine over the key's words, lifted when the kind of event and a place agree, lowered when the kinds
/// differ or the towns are far apart. With a <see cref="TermRarity"/> words count by how rare they are, and reports
/// whose rare names agree are one story even when outlets lead with different verbs or the gazetteer placed them apart.
/// </summary>
public static class DevelopmentMatcher
{
    /// <summary>At or above this <see cref="Similarity"/> two reports are one development (tuned on ECB+ dev, see README).</summary>
    public const double Threshold = 0.22;

    /// <summary>Rare names agreeing this much (<see cref="NameAgreement"/>): the same people, so the same story.</summary>
    public const double SamePeople = 0.15;

    /// <summary>Larger than most gaps between candidates, smaller than the gap from a close match to a loose one.</summary>
    private const double MainStoryPreference = 0.3;

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
        if (Marker(a) != Marker(b))
        {
            return 0;
        }

        var sameAction = a.Action != EventAction.Other && ActionFamily.Of(a.Action) == ActionFamily.Of(b.Action);
        var placeShared = a.PlaceIds.Any(b.PlaceIds.Contains);
        var primaryApart = sameAction && !placeShared && GeoMarker.PrimaryApart(a.Tokens, b.Tokens);
        var otherFamily = !ActionFamily.Compatible(a.Action, b.Action);
        var apart = !placeShared && GeoMarker.Apart(a.Tokens, b.Tokens);

        // Only asked when it can change the answer: most pairs are decided by their words alone.
        var samePeople = (primaryApart || otherFamily || apart)
            && rarity is { IsWarm: true } && NameAgreement(a.Tokens, b.Tokens, rarity) >= SamePeople;
        if (primaryApart && !samePeople)
        {
            // The same kind of event where each mainly happened far from the other: elsewhere, so new.
            return 0;
        }

        var score = Cosine(a.Tokens, b.Tokens, rarity)
            + (sameAction ? ActionBonus : 0)
            + (placeShared ? PlaceBonus : 0)
            - (otherFamily && !samePeople ? OtherFamilyPenalty : 0)
            - (a.Action == EventAction.Other || b.Action == EventAction.Other ? UnknownKindPenalty : 0)
            - (apart && !samePeople ? ElsewherePenalty : 0);
        return Math.Clamp(score, 0, 1);
    }

    public static bool IsSame(DevelopmentKey a, DevelopmentKey b, TermRarity? rarity = null) => Similarity(a, b, rarity) >= Threshold;

    /// <summary>
    /// Whether a report that belongs to a story (<see cref="StoryCentroid"/>) still tells other news than the story's
    /// own development: a different kind of event (the fugitive caught after the escape) or the same kind somewhere
    /// else (a second town taken), in words unlike the story's. Such news keeps its own alert.
    /// </summary>
    public static bool IsOtherNews(DevelopmentKey report, DevelopmentKey story, TermRarity? rarity = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(story);
        var elsewhere = !report.PlaceIds.Any(story.PlaceIds.Contains) && GeoMarker.Apart(report.Tokens, story.Tokens);
        return (!ActionFamily.Compatible(report.Action, story.Action) || elsewhere) && Similarity(report, story, rarity) < Threshold;
    }

    /// <summary>
    /// Orders the stored developments a report <see cref="IsSame"/> as: an article's main story joins another
    /// article's main story before a side detail that happened to share its words, so one event keeps one alert.
    /// </summary>
    public static double Rank(DevelopmentKey incoming, DevelopmentKey stored, double similarity)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(stored);
        return similarity + (IsMain(incoming) && IsMain(stored) ? MainStoryPreference : 0);
    }

    /// <summary>Cosine of the two token sets, each word weighted by <see cref="Signature.Weight"/>.</summary>
    public static double Cosine(IReadOnlyList<string> a, IReadOnlyList<string> b, TermRarity? rarity = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var weights = Weigh(a, rarity, out var normA);
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

    /// <summary>Each word of a key by its bare stem, at its <see cref="Signature.Weight"/> times its rarity; also the squared norm.</summary>
    public static Dictionary<string, double> Weigh(IReadOnlyList<string> tokens, TermRarity? rarity, out double squaredNorm)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var weights = new Dictionary<string, double>(tokens.Count, StringComparer.Ordinal);
        squaredNorm = 0;
        foreach (var token in tokens)
        {
            var w = Signature.Weight(token);
            if (w > 0)
            {
                var bare = Signature.Bare(token);
                w *= rarity?.Weight(bare) ?? 1;
                weights[bare] = w;
                squaredNorm += w * w;
            }
        }

        return weights;
    }

    /// <summary>Cosine of the two keys' rare names alone, each weighted by its rarity: a name every story carries says nothing.</summary>
    public static double NameAgreement(IReadOnlyList<string> a, IReadOnlyList<string> b, TermRarity rarity)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(rarity);
        return Cosine(a.Where(t => IsName(t) && rarity.IsRare(Signature.Bare(t))).ToList(), b.Where(t => IsName(t) && rarity.IsRare(Signature.Bare(t))).ToList(), rarity);
    }

    private static bool IsName(string token) => token.Length > 1 && (token[0] == Signature.Name || (token[0] == Signature.Context && token[1] == Signature.Name));

    /// <summary>Only an article's main development carries its title and lead words.</summary>
    public static bool IsMain(DevelopmentKey key) => key.Tokens.Any(t => t.Length > 0 && t[0] == Signature.Context);

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
