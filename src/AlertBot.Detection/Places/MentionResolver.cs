namespace AlertBot.Detection.Places;

/// <summary>
/// Second pass: drops candidates the document shows to be people, learns the document's countries from the
/// unambiguous candidates, then picks each candidate's place and keeps it only with enough evidence.
/// </summary>
internal static class MentionResolver
{
    /// <summary>A lone city this big, ten times bigger than its namesakes, tells which country the text is about.</summary>
    private const int TellingCityPopulation = 100_000;

    /// <summary>Below this a one-word town needs its country named in the document ("Saydnaya" next to "Syria").</summary>
    private const int UnaidedSingleWordPopulation = 50_000;

    private const int UnaidedMultiWordPopulation = 10_000;

    /// <summary>A common word or given name counts as a place on its own only when the place is this big ("Reading", "Nice").</summary>
    private const int UnaidedOrdinaryWordPopulation = 100_000;

    /// <summary>A transliteration variant counts on its own only for a place this big.</summary>
    private const int UnaidedVariantPopulation = 500_000;

    public static List<MentionCandidate> WithoutPeople(TokenizedText text, List<MentionCandidate> candidates, PlaceContext evidence) =>
        candidates.FindAll(c => !(evidence.IsPersonWord(text.Fold(c.Last)) && !c.NamesCountryOrRegion && !c.Places[0].IsCapital));

    public static void AddEvidence(List<MentionCandidate> candidates, PlaceContext context)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Kind != PlaceMatchKind.Variant && candidate.Places.FirstOrDefault(p => !p.IsSettlement) is { } area)
            {
                if (area.IsRegion)
                {
                    context.AddRegion(area.CountryCode, area.Admin1);
                }
                else
                {
                    context.AddCountry(area.CountryCode, 1);
                }

                continue;
            }

            var top = candidate.Places[0];
            var alone = candidate.Places.Length == 1 || candidate.Places[1].Population * 10L <= top.Population;
            if (candidate.Kind == PlaceMatchKind.Exact && !candidate.NeedsEvidence && alone && top.Population >= TellingCityPopulation)
            {
                context.AddCountry(top.CountryCode, 0.5);
            }
        }
    }

    public static List<PlaceMention> Resolve(TokenizedText text, List<MentionCandidate> candidates, PlaceContext context)
    {
        var mentions = new List<PlaceMention>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var place = PlaceRanking.Best(candidate.Places, context);
            if (!HasEnoughEvidence(candidate, place, context))
            {
                continue;
            }

            var start = text.Tokens[candidate.First].Start;
            var last = text.Tokens[candidate.Last];
            var length = last.Start + last.Length - start;
            mentions.Add(new PlaceMention(place, start, length, text.Text.Substring(start, length)) { Match = candidate.Kind });
        }

        return mentions;
    }

    private static bool HasEnoughEvidence(MentionCandidate candidate, Place place, PlaceContext context)
    {
        if (!place.IsSettlement || place.IsCapital)
        {
            return true;
        }

        var inContext = context.HasCountry(place.CountryCode);
        if (candidate.Kind == PlaceMatchKind.Variant)
        {
            return inContext || place.Population >= UnaidedVariantPopulation;
        }

        if (candidate.NeedsEvidence)
        {
            return place.Population >= UnaidedOrdinaryWordPopulation || (inContext && place.Population >= UnaidedMultiWordPopulation);
        }

        var unaided = candidate.Count == 1 ? UnaidedSingleWordPopulation : UnaidedMultiWordPopulation;
        return inContext || place.Population >= unaided || place.FeatureCode == "PPLA";
    }
}
