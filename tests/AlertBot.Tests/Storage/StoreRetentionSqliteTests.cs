using AlertBot.Storage;

namespace AlertBot.Tests.Storage;

public sealed class StoreRetentionSqliteTests() : StoreRetentionTests(StorageProvider.Sqlite);
