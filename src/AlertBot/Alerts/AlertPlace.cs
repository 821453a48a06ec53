namespace AlertBot.Alerts;

public sealed record AlertPlace(long GeonameId, string Name, string Country, double Latitude, double Longitude);
