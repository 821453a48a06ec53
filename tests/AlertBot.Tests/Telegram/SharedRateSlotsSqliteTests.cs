using AlertBot.Storage;

namespace AlertBot.Tests.Telegram;

/// <summary>One worker on SQLite books in the store too: that is what a restarted process carries on from.</summary>
public sealed class SharedRateSlotsSqliteTests() : SharedRateSlotsTests(StorageProvider.Sqlite);
