using AlertBot.Storage;
using AlertBot.Tests.Support;

namespace AlertBot.Tests.Alerts.Delivery;

[Trait(TestPostgres.Requires, TestPostgres.PostgreSQL)]
public sealed class DeliveryStorePostgresTests() : DeliveryStoreTests(StorageProvider.Postgres);
