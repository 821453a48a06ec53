namespace AlertBot.Alerts.Delivery;

/// <summary>Thrown by an <see cref="AlertBot.Chat.IChatTransport"/> when a send or edit failed.</summary>
public sealed class DeliveryFailedException(
    DeliveryFailure failure,
    string message,
    TimeSpan? retryAfter = null,
    long? migratedToChatId = null,
    Exception? innerException = null)
    : Exception(message, innerException)
{
    public DeliveryFailure Failure { get; } = failure;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    public long? MigratedToChatId { get; } = migratedToChatId;
}
