namespace AlertBot.Chat;

/// <summary>Which alerts a chat wants.</summary>
public enum AlertLevel
{
    Every = 0,

    /// <summary>Only alerts at or above Delivery:MajorSignificance.</summary>
    Major,

    /// <summary>Only alerts confirmed by a second outlet; they arrive when that happens.</summary>
    Confirmed,
}
