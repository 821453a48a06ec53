namespace AlertBot.Telegram.Api;

/// <param name="Type">"private", "group", "supergroup" or "channel".</param>
public sealed record Chat(long Id, string Type, string? Title = null, string? Username = null, string? FirstName = null);
