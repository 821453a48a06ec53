using Microsoft.Data.Sqlite;

namespace AlertBot.Tests.Support;

/// <summary>A folder of its own for one test, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "alertbot-tests-" + Guid.NewGuid().ToString("N"));

    public TempDirectory() => Directory.CreateDirectory(Path);

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>A file named "taken": a folder at it, or under it, can never be made (whoever runs the test, root included).</summary>
    public string Blocker()
    {
        var taken = File("taken");
        System.IO.File.WriteAllText(taken, "a file where the folder would go");
        return taken;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}
