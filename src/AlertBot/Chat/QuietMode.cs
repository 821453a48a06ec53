namespace AlertBot.Chat;

/// <summary>What happens to an alert during a chat's quiet hours.</summary>
public enum QuietMode
{
    /// <summary>Delivered at once, without a notification sound (Telegram's disable_notification).</summary>
    Silent = 0,

    /// <summary>Held until the quiet hours end.</summary>
    Wait,
}
