namespace AlertBot.Telegram.Receiving;

/// <summary>The bot's own @username (from getMe), to tell "/city@ThisBot" from "/city@SomeOtherBot" in groups.</summary>
public sealed class TelegramBotIdentity
{
    public string? Username { get; set; }

    /// <summary>Commands without a mention, or mentioning this bot, are ours; until getMe answers every mention is accepted.</summary>
    public bool IsAddressedToMe(string commandText)
    {
        ArgumentNullException.ThrowIfNull(commandText);
        var head = commandText.TrimStart();
        var end = head.IndexOfAny([' ', '\t', '\n']);
        head = end < 0 ? head : head[..end];
        var at = head.IndexOf('@');
        return at < 0 || Username is null || string.Equals(head[(at + 1)..], Username, StringComparison.OrdinalIgnoreCase);
    }
}
