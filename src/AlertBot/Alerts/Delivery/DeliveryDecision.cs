namespace AlertBot.Alerts.Delivery;

/// <param name="Until">For <see cref="DeliveryAction.Defer"/>: when the delivery is due again.</param>
public sealed record DeliveryDecision(DeliveryAction Action, string Reason, DateTimeOffset? Until = null);
