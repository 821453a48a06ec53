namespace AlertBot.Telegram.Api;

public sealed record Location(double Latitude, double Longitude);
