namespace AlertBot.Detection.Places;

/// <summary>A populated place from the gazetteer (GeoNames).</summary>
/// <param name="Name">The gazetteer's preferred (ASCII-friendly) name.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2.</param>
/// <param name="Aliases">Other spellings: those seen in text when the place was found in an article, or known alternates.</param>
public sealed record Place(
    int GeonameId,
    string Name,
    string CountryCode,
    double Latitude,
    double Longitude,
    int Population,
    IReadOnlyList<string> Aliases);
