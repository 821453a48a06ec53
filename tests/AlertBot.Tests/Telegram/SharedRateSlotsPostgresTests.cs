using AlertBot.Storage;
using AlertBot.Tests.Support;

namespace AlertBot.Tests.Telegram;

[Trait(TestPostgres.Requires, TestPostgres.PostgreSQL)]
public sealed class SharedRateSlotsPostgresTests() : SharedRateSlotsTests(StorageProvider.Postgres);
