using AlertBot.Chat;
using AlertBot.Telegram.Api;

namespace AlertBot.Telegram.Formatting;

/// <summary>Turns a transport-neutral <see cref="ChatReply"/> into one or more HTML messages; buttons go on the last.</summary>
public static class ReplyFormatter
{
    public static IReadOnlyList<TelegramMessage> Format(ChatReply reply, int limit = MessageSplitter.TelegramLimit)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var blocks = MessageSplitter.SplitPlain(reply.Text, limit).Concat(reply.Alerts.Select(a => AlertFormatter.Compact(a)));
        var parts = MessageSplitter.Pack(blocks, limit);
        if (parts.Count == 0)
        {
            parts = ["…"];
        }

        var keyboard = Keyboard(reply.Buttons);
        return parts.Select((html, i) => new TelegramMessage(html, i == parts.Count - 1 ? keyboard : null)).ToList();
    }

    private static InlineKeyboardMarkup? Keyboard(IReadOnlyList<ReplyButton> buttons)
    {
        var rows = buttons
            .Select(b => CallbackData.For(b.Command) is { } data ? new InlineKeyboardButton(b.Label, data) : null)
            .OfType<InlineKeyboardButton>()
            .Select(b => (IReadOnlyList<InlineKeyboardButton>)[b])
            .ToList();
        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }
}
