namespace AlertBot.Chat;

/// <summary>A message from a chat, whichever transport it came through.</summary>
/// <param name="ChatType">"private", "group", "supergroup", "channel" (Telegram's words) or "console".</param>
/// <param name="IsAdmin">The bot's own administrators (Telegram:AdminChatIds): /stats, /sources.</param>
/// <param name="CanManage">May change this chat's subscription, follows and settings (in groups, the chat's administrators).</param>
public sealed record ChatRequest(long ChatId, string ChatType, string? ChatTitle, string Text, bool IsAdmin = false, bool CanManage = true);
