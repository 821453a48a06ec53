namespace AlertBot.Telegram.Sending;

/// <param name="Booked">True when the send may go now; finish it (<see cref="SharedRateSlots.FinishAsync"/>) once answered.</param>
/// <param name="Wait">Not booked: how long until it is worth asking again.</param>
/// <param name="ForChat">Not booked because of this chat alone (its interval, its last send still unanswered, its pause), not the bot's global limits.</param>
/// <param name="SendId">Booked: the send's row in <c>rate_sends</c>.</param>
public readonly record struct RateBooking(bool Booked, TimeSpan Wait, bool ForChat, long SendId)
{
    public static RateBooking Refused(long waitMs, bool forChat) => new(false, TimeSpan.FromMilliseconds(Math.Max(1, waitMs)), forChat, 0);
}
