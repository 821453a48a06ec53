namespace AlertBot.Alerts.Delivery;

/// <summary>Why a transport could not deliver, in terms the dispatcher acts on.</summary>
public enum DeliveryFailure
{
    /// <summary>Try again later unchanged (network, timeout, server error).</summary>
    Transient = 0,

    /// <summary>Too many messages: wait the given time; not the message's fault, so not an attempt.</summary>
    RateLimited,

    /// <summary>The chat blocked or removed the bot, or no longer exists: stop sending to it.</summary>
    ChatGone,

    /// <summary>The group became a supergroup with a new id: move the subscriber and resend.</summary>
    ChatMigrated,

    /// <summary>This message will never be accepted (bad request); retrying would not help.</summary>
    Permanent,
}
