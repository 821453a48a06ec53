using AlertBot.Detection.Places;

namespace AlertBot.Tests.Telegram;

/// <summary>
/// A few places with their GeoNames ids, spelled as wire copy spells them. Used where a test needs a
/// place the full gazetteer does not (yet) find in article text under its English spelling.
/// </summary>
public static class SyrianTestPlaces
{
    public static readonly Place Homs = new(169577, "Homs", "SY", 34.7268, 36.7234, 775_404, []) { FeatureCode = "PPLA" };
    public static readonly Place Sednaya = new(164717, "Sednaya", "SY", 33.6947, 36.3715, 60_000, ["Saydnaya", "Şaydnāyā"]);
    public static readonly Place Damascus = new(170654, "Damascus", "SY", 33.5102, 36.2913, 1_569_394, []) { FeatureCode = "PPLC" };

    public static Gazetteer Gazetteer() => new([Homs, Sednaya, Damascus]);
}
