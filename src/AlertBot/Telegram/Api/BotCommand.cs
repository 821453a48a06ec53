namespace AlertBot.Telegram.Api;

/// <param name="Command">1-32 characters: lowercase letters, digits and underscores, without the slash.</param>
public sealed record BotCommand(string Command, string Description);
