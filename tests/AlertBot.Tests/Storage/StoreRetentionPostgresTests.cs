using AlertBot.Storage;
using AlertBot.Tests.Support;

namespace AlertBot.Tests.Storage;

[Trait(TestPostgres.Requires, TestPostgres.PostgreSQL)]
public sealed class StoreRetentionPostgresTests() : StoreRetentionTests(StorageProvider.Postgres);
