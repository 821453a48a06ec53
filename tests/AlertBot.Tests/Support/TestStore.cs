using AlertBot.Storage;

namespace AlertBot.Tests.Support;

/// <summary>A fresh, empty store of one provider for one test: a temp SQLite file, or a new database on the test PostgreSQL server.</summary>
public sealed class TestStore : IDisposable
{
    private readonly string? _postgres;

    public TestStore(StorageProvider provider)
    {
        Provider = provider;
        _postgres = provider == StorageProvider.Postgres ? TestPostgres.CreateDatabase() : null;
    }

    public StorageProvider Provider { get; }

    /// <summary>The test's own folder (the SQLite file lives here; inboxes and the like too).</summary>
    public TempDirectory Folder { get; } = new();

    /// <summary>Options for this store; every call a new instance, as each host would bind its own.</summary>
    public StorageOptions Options => new()
    {
        Provider = Provider,
        DatabasePath = Folder.File("test.db"),
        ConnectionString = _postgres,
    };

    /// <summary>The same settings as configuration keys, for tests that build a whole host.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Storage:Provider", Provider.ToString()),
        new("Storage:DatabasePath", Folder.File("test.db")),
        new("Storage:ConnectionString", _postgres),
    ];

    public void Dispose()
    {
        if (_postgres is not null)
        {
            TestPostgres.DropDatabase(_postgres);
        }

        Folder.Dispose();
    }
}
