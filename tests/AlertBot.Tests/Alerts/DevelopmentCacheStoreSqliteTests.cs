using AlertBot.Storage;

namespace AlertBot.Tests.Alerts;

public sealed class DevelopmentCacheStoreSqliteTests() : DevelopmentCacheStoreTests(StorageProvider.Sqlite);
