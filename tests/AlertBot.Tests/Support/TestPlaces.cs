using AlertBot.Detection.Places;

namespace AlertBot.Tests.Support;

/// <summary>A small gazetteer with real GeoNames ids, so host tests do not depend on the full data file.</summary>
public static class TestPlaces
{
    public static readonly Place Kharkiv = new(706483, "Kharkiv", "UA", 49.98081, 36.25272, 1_430_885, ["Kharkov"]);
    public static readonly Place Odesa = new(698740, "Odesa", "UA", 46.47747, 30.73262, 1_015_826, ["Odessa"]);
    public static readonly Place Kyiv = new(703448, "Kyiv", "UA", 50.45466, 30.5238, 2_797_553, ["Kiev"]);
    public static readonly Place Lyon = new(2996944, "Lyon", "FR", 45.74846, 4.84671, 472_317, []);

    public static Gazetteer Gazetteer() => new([Kharkiv, Odesa, Kyiv, Lyon]);
}
