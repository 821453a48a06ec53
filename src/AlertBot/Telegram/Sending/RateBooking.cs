namespace AlertBot.Telegram.Sending;

/// <param name="Booked">True when a slot was booked: wait <paramref name="Wait"/>, then send.</param>
/// <param name="Wait">How long until the booked slot, or until it is worth asking again.</param>
/// <param name="Slot">The booked slot: a send much later than it is a send out of turn.</param>
public readonly record struct RateBooking(bool Booked, TimeSpan Wait, DateTimeOffset? Slot);
