using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace AlertBot.Storage;

/// <summary>
/// Whether an open SQLite connection's file is still the file at its path. SQLite knows
/// (<c>SQLITE_FCNTL_HAS_MOVED</c> compares the open file's inode with the path's); Microsoft.Data.Sqlite does not
/// expose it, so this asks the same native library. Reading the path again is not enough: a file moved over the
/// database leaves its <c>-wal</c> in place, and a new connection reads the old store's pages through it.
/// </summary>
internal static class SqliteFileMoved
{
    private const int HasMovedOp = 20; // SQLITE_FCNTL_HAS_MOVED
    private const int SqliteOk = 0;
    private static readonly byte[] Main = "main\0"u8.ToArray();
    private static volatile bool _unsupported;

    /// <returns>True when the path no longer names the open file; null when this SQLite build cannot tell.</returns>
    public static bool? Check(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (_unsupported || connection.Handle is not { } handle)
        {
            return null;
        }

        try
        {
            var moved = 0;
            return FileControl(handle.DangerousGetHandle(), Main, HasMovedOp, ref moved) == SqliteOk ? moved != 0 : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Another native SQLite: the token check alone remains.
            _unsupported = true;
            return null;
        }
    }

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_file_control", CallingConvention = CallingConvention.Cdecl)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.SafeDirectories)]
    private static extern int FileControl(IntPtr db, byte[] databaseName, int op, ref int value);
}
