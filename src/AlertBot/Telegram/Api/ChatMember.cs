namespace AlertBot.Telegram.Api;

/// <param name="Status">"creator", "administrator", "member", "restricted", "left" or "kicked".</param>
public sealed record ChatMember(string Status, User User);
