namespace AlertBot.Detection.Places;

/// <summary>
/// Second pass: drops candidates the document shows to be people, learns the document's countries from the
/// unambiguous candidates, then picks each candidate's place and keeps it only with enough evidence.
/// </summary>
internal static class MentionResolver
{
    /// <summary>A lone city this big, ten times bigger than its namesakes, tells which country the text is about.</summary>
    private const int TellingCityPopulation = 100_000;

    /// <summary>Below this a one-word town needs its country named in the document (a village next to its country's name).</summary>
    private const int UnaidedSingleWordPopulation = 50_000;

    private const int UnaidedMultiWordPopulation = 10_000;

    /// <summary>A story clearly set elsewhere (this much evidence for other countries) names only notable foreign towns.</summary>
    private const double SettledElsewhereWeight = 1;

    private const int UnaidedForeignPopulation = 250_000;

    /// <summary>A main country of the story has at least a third of the evidence of the most-named one.</summary>
    private const double MainCountryShare = 3;

    /// <summary>A common word or given name is a place on its own only when the place is this big ("Paris")...</summary>
    private const int UnaidedOrdinaryWordPopulation = 500_000;

    /// <summary>...or this big and in a country the document is about ("Reading", "Bath" in a British story).</summary>
    private const int InContextOrdinaryWordPopulation = 50_000;

    /// <summary>
    /// A respelling is trusted for a town this big or a seat of a division: a hamlet's name respelled is more often a person's
    /// (a leader's surname is no village of 1,100 in the country the story is about).
    /// </summary>
    private const int VariantPopulation = 5_000;

    public static List<MentionCandidate> WithoutPeople(TokenizedText text, List<MentionCandidate> candidates, PlaceContext evidence) =>
        candidates.FindAll(c => !(evidence.IsPersonWord(text.Fold(c.Last)) && !c.NamesCountryOrRegion && !c.NamesMajorCapital));

    public static void AddEvidence(List<MentionCandidate> candidates, PlaceContext context)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Kind != PlaceMatchKind.Variant && candidate.Places.FirstOrDefault(p => !p.IsSettlement) is { } area)
            {
                // "New York" and "Washington" usually mean the city: only a region without a big namesake counts as one.
                if (area.IsRegion && !candidate.Places.Any(p => p.IsSettlement && p.Population >= TellingCityPopulation))
                {
                    context.AddRegion(area.CountryCode, area.Admin1);
                }
                else if (!area.IsRegion)
                {
                    // "Iraqi rebels" says less about where things happen than "in Iraq".
                    context.AddCountry(area.CountryCode, candidate.Kind == PlaceMatchKind.Demonym ? 0.5 : 1);
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
        MentionCandidate? previous = null;
        foreach (var candidate in candidates)
        {
            var owner = previous is not null ? PossessiveCountry(text, previous, candidate) : null;
            previous = candidate;
            var readings = candidate.Places;
            if (owner is not null && !candidate.NamesCountryOrRegion)
            {
                // "Germany's Mosel River": what a country's possessive names is in that country, so a namesake elsewhere
                // (Mosul, whose alias Mosel is) is no reading of it.
                readings = Array.FindAll(readings, p => p.CountryCode == owner);
                if (readings.Length == 0)
                {
                    continue;
                }
            }

            var place = PlaceRanking.Best(readings, context);
            if (!HasEnoughEvidence(text, candidate, place, context))
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

    /// <summary>The country <paramref name="owner"/> names when it is written as a possessive just before <paramref name="candidate"/>.</summary>
    private static string? PossessiveCountry(TokenizedText text, MentionCandidate owner, MentionCandidate candidate)
    {
        if (owner.Last + 1 != candidate.First || Array.Find(owner.Places, p => p.IsCountry) is not { } country)
        {
            return null;
        }

        var token = text.Tokens[owner.Last];
        var end = token.Start + token.Length;
        return end + 2 <= text.Text.Length && NameKey.IsApostrophe(text.Text[end]) && text.Text[end + 1] is 's' or 'S'
            ? country.CountryCode
            : null;
    }

    private static bool HasEnoughEvidence(TokenizedText text, MentionCandidate candidate, Place place, PlaceContext context)
    {
        var weight = context.CountryWeight(place.CountryCode);

        // Small towns and respellings need their country to be one the story is mainly about, not one it mentions in passing.
        var mainCountry = weight >= 1 && weight * MainCountryShare >= context.StrongestCountryWeight;
        if (candidate.Kind == PlaceMatchKind.Variant)
        {
            var spelling = text.Fold(candidate.First, candidate.Count).ToString();
            return mainCountry && NameSimilarity.Distance(spelling, place) <= NameSimilarity.Tolerance(spelling)
                && (!place.IsSettlement || place.Population >= VariantPopulation || place.FeatureCode.StartsWith("PPLA", StringComparison.Ordinal)
                    || place.IsCapital);
        }

        if (!place.IsSettlement || place.IsCapital)
        {
            return true;
        }

        if (candidate.NeedsEvidence)
        {
            return place.Population >= UnaidedOrdinaryWordPopulation || (mainCountry && place.Population >= InContextOrdinaryWordPopulation);
        }

        if (mainCountry || place.FeatureCode == "PPLA")
        {
            return true;
        }

        var unaided = candidate.Count == 1 ? UnaidedSingleWordPopulation : UnaidedMultiWordPopulation;
        return place.Population >= (context.StrongestCountryWeight >= SettledElsewhereWeight ? Math.Max(unaided, UnaidedForeignPopulation) : unaided);
    }
}
