using AlertBot.Storage;

namespace AlertBot.Tests.Alerts;

public sealed class ArticleProcessorSqliteTests() : ArticleProcessorTests(StorageProvider.Sqlite);
