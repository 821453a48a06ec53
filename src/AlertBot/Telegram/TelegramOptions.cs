namespace AlertBot.Telegram;

/// <summary>The Telegram transport; it stays off while <see cref="BotToken"/> is empty.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>From @BotFather. Set it through Telegram__BotToken or user secrets, never in a file in the repo.</summary>
    public string? BotToken { get; set; }

    /// <summary>Self-hosted Bot API servers and tests point this elsewhere.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Long-polling wait per getUpdates call; Telegram allows up to 50.</summary>
    public int PollingTimeoutSeconds { get; set; } = 30;

    /// <summary>Public HTTPS URL Telegram posts updates to (webhook mode).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token; 1-256 of A-Z a-z 0-9 _ -.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where Kestrel listens for the webhook (behind the reverse proxy that terminates TLS).</summary>
    public string WebhookListenUrl { get; set; } = "http://0.0.0.0:8080";

    /// <summary>Chats allowed to use /stats and /sources.</summary>
    public IList<long> AdminChatIds { get; } = [];

    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Telegram's broadcast limit, 30 messages per second over all chats: no second as Telegram counts them holds
    /// more (see <see cref="Sending.SharedRateSlots"/>); the sends are also paced evenly at this rate.
    /// </summary>
    public double GlobalMessagesPerSecond { get; set; } = 30;

    public double PerChatMessagesPerSecond { get; set; } = 1;

    public double GroupMessagesPerMinute { get; set; } = 20;

    /// <summary>A chat sending more than <see cref="FloodMaxCommands"/> commands within this window is flooding.</summary>
    public double FloodWindowSeconds { get; set; } = 30;

    /// <summary>Commands answered per chat and window; past them the chat gets one notice per window and nothing else.</summary>
    public int FloodMaxCommands { get; set; } = 8;

    /// <summary>Chats whose commands are answered at the same time; each chat's own commands are answered in order.</summary>
    public int MaxConcurrentChats { get; set; } = 16;

    /// <summary>Radius for "alerts near me" when a user shares a location.</summary>
    public double NearbyRadiusKm { get; set; } = 50;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);
}
