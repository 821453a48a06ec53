namespace AlertBot.Alerts;

public sealed record PlaceCount(long GeonameId, string Name, string Country, long Alerts);
