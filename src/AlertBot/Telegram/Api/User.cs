namespace AlertBot.Telegram.Api;

public sealed record User(long Id, bool IsBot, string FirstName, string? Username = null);
