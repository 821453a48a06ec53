namespace AlertBot.Ingestion.Feeds;

/// <summary>A fetch target resolved only to addresses the bot must not connect to.</summary>
public sealed class BlockedAddressException(string message) : IOException(message);
