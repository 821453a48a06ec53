using System.Data.Common;
using System.Diagnostics;
using System.Globalization;

namespace AlertBot.Storage;

/// <summary>
/// The connection the merges of one process run on, kept open between them, with each of their statements kept as a
/// command and run again with new values. Microsoft.Data.Sqlite compiles a command's SQL once and reuses it while the
/// command lives; a new command per execution (as Dapper makes) compiles it again every time, and opening a pooled
/// connection per article reran its pragmas: together about a tenth of a replay's processor time. The statements that
/// run rarely go through Dapper on <see cref="Connection"/>. One caller at a time (the merge lock).
/// </summary>
internal sealed class MergeConnection(DbConnection connection) : IAsyncDisposable, IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public DbConnection Connection => connection;

    /// <summary>Runs <paramref name="sql"/>; its parameters are given in the same order at every call.</summary>
    public Task<int> RunAsync(string sql, DbTransaction? transaction, CancellationToken cancellationToken, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Command(sql, transaction, parameters).ExecuteNonQueryAsync(cancellationToken);

    /// <summary>The first column of the first row as a number, or null when there is no row or it is NULL.</summary>
    public Task<long?> ScalarAsync(string sql, DbTransaction? transaction, CancellationToken cancellationToken, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Int64Async(Command(sql, transaction, parameters), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        _commands.Clear();
        await connection.DisposeAsync();
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        connection.Dispose();
    }

    private static async Task<long?> Int64Async(DbCommand command, CancellationToken cancellationToken) =>
        await command.ExecuteScalarAsync(cancellationToken) switch
        {
            null or DBNull => null,
            var value => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        };

    private DbCommand Command(string sql, DbTransaction? transaction, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                var parameter = command.CreateParameter();
                // Named as in the SQL: Microsoft.Data.Sqlite looks an unprefixed name up again with each prefix, at every execution.
                parameter.ParameterName = "@" + name;
                command.Parameters.Add(parameter);
            }

            _commands.Add(sql, command);
        }

        command.Transaction = transaction;
        for (var i = 0; i < parameters.Length; i++)
        {
            Debug.Assert(command.Parameters[i].ParameterName.AsSpan(1).SequenceEqual(parameters[i].Name), "a statement's parameters in one order");
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }
}
