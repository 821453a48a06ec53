using AlertBot.Alerts;
using AlertBot.Chat;
using Telegram.Bot.Types.ReplyMarkups;

namespace AlertBot.Telegram.Formatting;

/// <summary>Turns a transport-neutral <see cref="ChatReply"/> into one or more HTML messages; buttons go on the last.</summary>
public static class ReplyFormatter
{
    public static IReadOnlyList<TelegramMessage> Format(ChatReply reply, int limit = MessageSplitter.TelegramLimit, Func<AlertPlace, string>? label = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var blocks = MessageSplitter.SplitPlain(reply.Text, limit).Concat(reply.Alerts.Select(a => AlertFormatter.Compact(a, label: label)));
        var parts = MessageSplitter.Pack(blocks, limit);
        if (parts.Count == 0)
        {
            parts = ["…"];
        }

        var keyboard = Keyboard(reply.Buttons);
        return parts.Select((html, i) => new TelegramMessage(html, i == parts.Count - 1 ? keyboard : null)).ToList();
    }

    /// <summary>Buttons sharing a <see cref="ReplyButton.Row"/> sit side by side; the others get a row each.</summary>
    private static InlineKeyboardMarkup? Keyboard(IReadOnlyList<ReplyButton> buttons)
    {
        var rows = new List<List<InlineKeyboardButton>>();
        string? lastRow = null;
        foreach (var button in buttons)
        {
            if (CallbackData.For(button.Command) is not { } data)
            {
                continue;
            }

            var key = InlineKeyboardButton.WithCallbackData(button.Label, data);
            if (button.Row is not null && button.Row == lastRow)
            {
                rows[^1].Add(key);
            }
            else
            {
                rows.Add([key]);
            }

            lastRow = button.Row;
        }

        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }
}
