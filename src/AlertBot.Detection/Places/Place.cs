namespace AlertBot.Detection.Places;

/// <summary>A populated place from the gazetteer (GeoNames), or a country or first-level region.</summary>
/// <param name="GeonameId">GeoNames id; countries and regions (not in the city data) get stable negative ids.</param>
/// <param name="Name">The gazetteer's preferred name (may carry accents: "Ḩamāh").</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2.</param>
/// <param name="Population">GeoNames population (0 when unknown); for countries and regions, the sum over their listed cities.</param>
/// <param name="Aliases">Other spellings: those seen in text when the place was found in an article, or known alternates.</param>
public sealed record Place(
    int GeonameId,
    string Name,
    string CountryCode,
    double Latitude,
    double Longitude,
    int Population,
    IReadOnlyList<string> Aliases)
{
    /// <summary>GeoNames feature code: PPLC capital, PPLA.. admin seat, PPL town; <see cref="CountryFeature"/>, <see cref="RegionFeature"/>.</summary>
    public string FeatureCode { get; init; } = "PPL";

    /// <summary>GeoNames admin1 code within the country ("OR" for Oregon, "ENG" for England); empty when unknown.</summary>
    public string Admin1 { get; init; } = "";

    /// <summary>The name English news uses ("Seville" for Sevilla, "Munich" for München); <see cref="Name"/> when GeoNames gives none.</summary>
    public string EnglishName
    {
        get => field ?? Name;
        init;
    }

    /// <summary>English name of the first-level region the place is in ("Texas"); empty when unknown or for countries.</summary>
    public string RegionName { get; init; } = "";

    /// <summary>
    /// How a person tells this place from its namesakes: "Paris, Texas, US", "Perth, Western Australia, AU", "Texas, US",
    /// "France". The region is left out when it is unknown or only repeats the name.
    /// </summary>
    public string Label => IsCountry
        ? EnglishName
        : RegionName.Length == 0 || IsRegion || RegionName.Equals(EnglishName, StringComparison.OrdinalIgnoreCase)
            ? $"{EnglishName}, {CountryCode}"
            : $"{EnglishName}, {RegionName}, {CountryCode}";

    /// <summary>Adjectives and demonyms naming a country ("Iraqi"); they match as <see cref="PlaceMatchKind.Demonym"/>.</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    public const string CountryFeature = "PCLI";
    public const string RegionFeature = "ADM1";

    public bool IsCountry => FeatureCode == CountryFeature;

    public bool IsRegion => FeatureCode == RegionFeature;

    /// <summary>A city, town or village (not a country or region).</summary>
    public bool IsSettlement => !IsCountry && !IsRegion;

    /// <summary>The same place, or a country or region the other lies in ("Mandalay" and "Myanmar's second city" agree).</summary>
    public bool Agrees(Place other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return GeonameId == other.GeonameId || Encloses(this, other) || Encloses(other, this);

        static bool Encloses(Place outer, Place inner) =>
            outer.CountryCode == inner.CountryCode && !inner.IsCountry
            && (outer.IsCountry || (outer.IsRegion && !inner.IsRegion && outer.Admin1.Length > 0 && outer.Admin1 == inner.Admin1));
    }

    public bool IsCapital => FeatureCode == "PPLC";

    public PlaceKind Kind => IsCountry ? PlaceKind.Country : IsRegion ? PlaceKind.Region : PlaceKind.Settlement;
}
