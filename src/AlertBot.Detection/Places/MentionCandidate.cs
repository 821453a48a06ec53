namespace AlertBot.Detection.Places;

/// <summary>A run of words that names one or more places, before the document context picks one.</summary>
/// <param name="Places">Every place the words can name, largest first.</param>
/// <param name="NeedsEvidence">The words are also a common English word or given name: only a big or in-context place counts.</param>
internal sealed record MentionCandidate(int First, int Count, Place[] Places, PlaceMatchKind Kind, bool NeedsEvidence)
{
    public int Last => First + Count - 1;

    /// <summary>A country or region among the readings: such names are rarely anything else.</summary>
    public bool NamesCountryOrRegion => Places.Any(p => !p.IsSettlement);

    /// <summary>A national capital of some size ("Baghdad said"): not mistaken for a person's name. Douglas, Isle of Man, is not one.</summary>
    public bool NamesMajorCapital => Places.Any(p => p.IsCapital && p.Population >= MajorCapitalPopulation);

    private const int MajorCapitalPopulation = 100_000;
}
