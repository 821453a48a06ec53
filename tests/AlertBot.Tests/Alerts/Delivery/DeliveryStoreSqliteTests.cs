using AlertBot.Storage;

namespace AlertBot.Tests.Alerts.Delivery;

public sealed class DeliveryStoreSqliteTests() : DeliveryStoreTests(StorageProvider.Sqlite);
