namespace AlertBot.Detection.Places;

/// <summary>What a user's place name resolves to: the matches (best first) or, when none, close names to suggest.</summary>
public sealed record PlaceLookup(IReadOnlyList<Place> Matches, IReadOnlyList<Place> Suggestions)
{
    public Place? Best => Matches.Count > 0 ? Matches[0] : null;
}
