using AlertBot.Chat;

namespace AlertBot.Alerts.Delivery;

/// <summary>
/// Whether a new alert goes to a chat now, given what the chat chose. Decided when the delivery comes due, not
/// when it is queued, so a setting changed meanwhile counts, and a held alert is judged again when it changes
/// (a "confirmed only" chat gets it as a new message once a second outlet reports).
/// </summary>
public static class DeliveryPolicy
{
    public static DeliveryDecision Decide(ChatSettings settings, AlertView alert, DateTimeOffset now, double majorSignificance)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(alert);
        if (settings.Paused)
        {
            return new DeliveryDecision(DeliveryAction.Skip, "chat paused");
        }

        if (settings.Level == AlertLevel.Confirmed && !alert.IsConfirmed)
        {
            return new DeliveryDecision(DeliveryAction.Hold, "waiting for a second outlet");
        }

        if (settings.Level == AlertLevel.Major && alert.Significance < majorSignificance)
        {
            return new DeliveryDecision(DeliveryAction.Hold, "not major");
        }

        if (!KeywordFilter.Passes(settings, alert))
        {
            return new DeliveryDecision(DeliveryAction.Hold, "keywords");
        }

        if (QuietHours.IsQuiet(settings, now, out var endsAt))
        {
            return settings.QuietMode == QuietMode.Wait
                ? new DeliveryDecision(DeliveryAction.Defer, "quiet hours", endsAt)
                : new DeliveryDecision(DeliveryAction.SendSilently, "quiet hours");
        }

        return new DeliveryDecision(DeliveryAction.Send, "");
    }
}
