namespace AlertBot.Detection.Grouping;

/// <summary>A town a report names, where it is.</summary>
public readonly record struct GeoPoint(int GeonameId, double Latitude, double Longitude);
