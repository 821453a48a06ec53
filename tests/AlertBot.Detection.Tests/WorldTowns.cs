using AlertBot.Detection.Places;

namespace AlertBot.Detection.Tests;

/// <summary>Towns on several continents (real coordinates, rounded populations), for grouping reports of events far apart.</summary>
internal static class WorldTowns
{
    public static readonly DateTimeOffset T0 = new(2024, 6, 1, 6, 0, 0, TimeSpan.Zero);

    public static readonly Place Afghanistan = new(-101, "Afghanistan", "AF", 33, 65, 9_000_000, []) { FeatureCode = Place.CountryFeature, Demonyms = ["Afghan"] };
    public static readonly Place Tanzania = new(-102, "Tanzania", "TZ", -6, 35, 12_000_000, []) { FeatureCode = Place.CountryFeature, Demonyms = ["Tanzanian"] };
    public static readonly Place Herat = new(1139715, "Herat", "AF", 34.348, 62.199, 556_205, []) { FeatureCode = "PPLA" };
    public static readonly Place Arusha = new(161325, "Arusha", "TZ", -3.367, 36.683, 416_442, []) { FeatureCode = "PPLA" };
    public static readonly Place Sydney = new(2147714, "Sydney", "AU", -33.868, 151.207, 4_627_345, []) { FeatureCode = "PPLA" };
    public static readonly Place Dhaka = new(1185241, "Dhaka", "BD", 23.710, 90.407, 10_356_500, []) { FeatureCode = "PPLC" };

    private static readonly Lazy<Gazetteer> Shared = new(() => new Gazetteer([Afghanistan, Tanzania, Herat, Arusha, Sydney, Dhaka]));

    public static DetectionEngine Engine() => new(Shared.Value);

    public static ArticleText Article(string title, string body, string outlet = "wire", double hours = 0, string? url = null) =>
        new($"{outlet}/{title.GetHashCode(StringComparison.Ordinal):x}", title, body, T0.AddHours(hours), outlet, url);
}
