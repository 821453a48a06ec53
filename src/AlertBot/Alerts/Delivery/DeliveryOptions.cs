namespace AlertBot.Alerts.Delivery;

/// <summary>How the outbox is drained; the transport's own rate limits live with the transport.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Sends in flight at once, so one slow call does not eat into the transport's rate.</summary>
    public int MaxConcurrentSends { get; set; } = 8;

    /// <summary>Deliveries claimed per round (at most one per chat, so a chat's messages keep their order).</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Failed attempts (rate limits excluded) before a delivery is given up as failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    public double RetryBaseDelaySeconds { get; set; } = 2;

    public double RetryMaxDelaySeconds { get; set; } = 600;

    /// <summary>How often the outbox is checked for retries that came due (new alerts wake it at once).</summary>
    public double PollSeconds { get; set; } = 1;

    /// <summary>
    /// How long a worker holds the deliveries it claimed without renewing them (every third of this while it
    /// works): a killed worker's deliveries go to the others after at most this long.
    /// </summary>
    public double LeaseSeconds { get; set; } = 30;

    /// <summary>Significance (0..1) from which an alert counts as major, for chats that chose "major only".</summary>
    public double MajorSignificance { get; set; } = 0.8;

    /// <summary>On shutdown, sends already in flight get this long to finish, so they are not sent twice after a restart.</summary>
    public double ShutdownGraceSeconds { get; set; } = 10;
}
