namespace AlertBot.Telegram.Api;

/// <param name="Message">The bot's message the button was on; absent for inline-mode messages.</param>
public sealed record CallbackQuery(string Id, User From, Message? Message = null, string? Data = null);
