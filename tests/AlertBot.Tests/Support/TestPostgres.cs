using System.Diagnostics;
using Npgsql;

namespace AlertBot.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests use: the one named by <c>ALERTBOT_TEST_POSTGRES</c> (what <c>.ci/run</c> and
/// <c>eval "$(.ci/pg-start)"</c> set), or else a throw-away cluster started here with the same script and stopped
/// when the test run ends. Each test gets a database of its own, dropped afterwards. No mocks: when no server can
/// be had the tests that need one fail, saying why.
/// </summary>
public static class TestPostgres
{
    /// <summary>The trait every test that needs the server carries: <c>--filter Requires!=PostgreSQL</c> leaves them out.</summary>
    public const string Requires = "Requires";

    public const string PostgreSQL = "PostgreSQL";

    public const string EnvironmentVariable = "ALERTBOT_TEST_POSTGRES";

    private static readonly Lazy<string> Server = new(FindOrStartServer, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The server's own connection string (its <c>postgres</c> database), for tools that keep databases of their own.</summary>
    public static string ServerConnectionString => Server.Value;

    /// <summary>A new empty database; its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = "alertbot_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(Server.Value))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Server.Value) { Database = name }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Server.Value);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE);", connection);
        drop.ExecuteNonQuery();
    }

    private static string FindOrStartServer()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return Pooled(given);
        }

        var script = FindScript();
        if (script is null)
        {
            throw new InvalidOperationException(
                $"PostgreSQL tests need a server: set {EnvironmentVariable} or run eval \"$(.ci/pg-start)\" (or leave them out with --filter {Requires}!={PostgreSQL}).");
        }

        var start = Run(script, "pg-start");
        var lines = start.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var connectionString = Value(lines, EnvironmentVariable);
        var folder = Value(lines, "ALERTBOT_PG_DIR");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "pg-stop", folder);
        return Pooled(connectionString);
    }

    /// <summary>Small pools: hundreds of test databases each keep their idle connections otherwise.</summary>
    private static string Pooled(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 20, ConnectionIdleLifetime = 10 }.ConnectionString;

    private static string Value(string[] lines, string name)
    {
        var line = lines.FirstOrDefault(l => l.Contains(name + "='", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($".ci/pg-start printed no {name}.");
        var at = line.IndexOf(name + "='", StringComparison.Ordinal) + name.Length + 2;
        return line[at..line.IndexOf('\'', at)];
    }

    private static string? FindScript()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var script = Path.Combine(folder.FullName, ".ci", "pg-start");
            if (File.Exists(script))
            {
                return Path.GetDirectoryName(script);
            }
        }

        return null;
    }

    private static string Run(string ciFolder, string script, params string[] arguments)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(ciFolder, script));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not run .ci/{script}.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($".ci/{script} failed ({process.ExitCode}): {errors.Result}");
        }

        return output;
    }
}
