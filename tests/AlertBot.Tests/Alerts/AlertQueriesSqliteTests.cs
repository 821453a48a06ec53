using AlertBot.Storage;

namespace AlertBot.Tests.Alerts;

public sealed class AlertQueriesSqliteTests() : AlertQueriesTests(StorageProvider.Sqlite);
