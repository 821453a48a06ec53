using AlertBot.Alerts;

namespace AlertBot.Chat;

/// <summary>
/// An answer to a chat, as plain text plus alerts: each transport formats it (the console prints it,
/// Telegram escapes it into HTML), so article text is never trusted as markup.
/// </summary>
public sealed record ChatReply(string Text, IReadOnlyList<AlertView> Alerts, IReadOnlyList<ReplyButton> Buttons)
{
    public static ChatReply Plain(string text) => new(text, [], []);
}
