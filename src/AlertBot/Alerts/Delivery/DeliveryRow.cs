namespace AlertBot.Alerts.Delivery;

/// <param name="Kind">"alert" (send) or "update" (edit the alert already sent).</param>
public sealed record DeliveryRow(long Id, long DevelopmentId, long ChatId, string Kind, long Attempts)
{
    public const string AlertKind = "alert";
    public const string UpdateKind = "update";
}
