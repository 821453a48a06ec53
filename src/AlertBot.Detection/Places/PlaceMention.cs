namespace AlertBot.Detection.Places;

/// <summary>A place found in text: which place, and the exact span that named it.</summary>
public sealed record PlaceMention(Place Place, int Start, int Length, string Surface)
{
    public PlaceMatchKind Match { get; init; } = PlaceMatchKind.Exact;
}
