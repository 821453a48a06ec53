namespace AlertBot.Telegram;

public enum TelegramMode
{
    /// <summary>getUpdates long polling: works behind NAT, no public URL needed.</summary>
    Polling = 0,

    /// <summary>Telegram POSTs updates to <see cref="TelegramOptions.WebhookUrl"/>; needs a public HTTPS endpoint.</summary>
    Webhook = 1,
}
