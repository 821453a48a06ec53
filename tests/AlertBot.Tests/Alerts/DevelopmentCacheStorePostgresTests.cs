using AlertBot.Storage;
using AlertBot.Tests.Support;

namespace AlertBot.Tests.Alerts;

[Trait(TestPostgres.Requires, TestPostgres.PostgreSQL)]
public sealed class DevelopmentCacheStorePostgresTests() : DevelopmentCacheStoreTests(StorageProvider.Postgres);
