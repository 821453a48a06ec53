namespace AlertBot.Chat;

/// <summary>A message from a chat, whichever transport it came through.</summary>
/// <param name="ChatType">"private", "group", "supergroup", "channel" (Telegram's words) or "console".</param>
public sealed record ChatRequest(long ChatId, string ChatType, string? ChatTitle, string Text, bool IsAdmin = false);
