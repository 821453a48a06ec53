using Telegram.Bot.Types.ReplyMarkups;

namespace AlertBot.Telegram.Formatting;

/// <summary>One message ready for sendMessage/editMessageText in HTML parse mode.</summary>
public sealed record TelegramMessage(string Html, InlineKeyboardMarkup? Keyboard);
