using AlertBot.Alerts;
using AlertBot.Detection;

namespace AlertBot.Chat;

/// <summary>
/// Names an alert's places as the gazetteer knows them ("Cuba", "Paris, FR"), rather than the bare name and
/// country code stored with the alert; a place the gazetteer no longer has keeps the stored name.
/// </summary>
public sealed class AlertPlaceLabels(DetectionEngine engine)
{
    public string Label(AlertPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place.GeonameId is >= int.MinValue and <= int.MaxValue && engine.Gazetteer.FindById((int)place.GeonameId) is { } known
            ? PlaceLabel.For(known)
            : Default(place);
    }

    public static string Default(AlertPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return $"{place.Name}, {place.Country}";
    }
}
