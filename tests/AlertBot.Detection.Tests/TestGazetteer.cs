using AlertBot.Detection.Places;

namespace AlertBot.Detection.Tests;

/// <summary>A handful of real towns, enough for the engine to place events without loading GeoNames.</summary>
internal static class TestGazetteer
{
    public static readonly Place Mosul = new(99072, "Mosul", "IQ", 36.335, 43.119, 1_739_800, []) { FeatureCode = "PPLA" };
    public static readonly Place Kirkuk = new(94787, "Kirkuk", "IQ", 35.468, 44.392, 601_433, []) { FeatureCode = "PPLA" };
    public static readonly Place Erbil = new(95446, "Erbil", "IQ", 36.191, 44.009, 932_800, ["Arbil"]) { FeatureCode = "PPLA" };
    public static readonly Place Lyon = new(2996944, "Lyon", "FR", 45.748, 4.847, 472_317, []) { FeatureCode = "PPLA" };

    private static readonly Lazy<Gazetteer> Shared = new(() => new Gazetteer([Mosul, Kirkuk, Erbil, Lyon]));

    public static Gazetteer Instance => Shared.Value;

    public static DetectionEngine Engine() => new(Instance);

    public static ArticleText Article(string title, string body, string outlet = "test") =>
        new($"{outlet}/{title.GetHashCode(StringComparison.Ordinal):x}", title, body, new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero), outlet);
}
