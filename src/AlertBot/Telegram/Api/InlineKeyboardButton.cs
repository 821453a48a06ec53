namespace AlertBot.Telegram.Api;

/// <param name="CallbackData">At most 64 bytes (UTF-8), per the Bot API.</param>
public sealed record InlineKeyboardButton(string Text, string? CallbackData = null, string? Url = null)
{
    public const int MaxCallbackDataBytes = 64;
}
