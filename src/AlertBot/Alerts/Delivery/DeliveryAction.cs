namespace AlertBot.Alerts.Delivery;

public enum DeliveryAction
{
    Send = 0,

    /// <summary>Send without a notification sound: the chat's quiet hours, silent mode.</summary>
    SendSilently,

    /// <summary>Not yet for this chat (not confirmed, not major, keywords): looked at again when the alert changes.</summary>
    Hold,

    /// <summary>Never for this chat: it is paused.</summary>
    Skip,

    /// <summary>Wait until the chat's quiet hours end.</summary>
    Defer,
}
