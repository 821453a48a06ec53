using System.Data.Common;
using AlertBot.Alerts.Delivery;
using Microsoft.Extensions.Logging;

namespace AlertBot.Ingestion;

/// <summary>
/// What failed in the inbox and when to try again. A storage fault (full disk, read-only or locked database)
/// fails every file alike, so it pauses whole passes with backoff; any other failure backs off only its file.
/// Each is logged with its exception once when it starts or changes, and once when it clears; the retries in
/// between are at Debug, so a fault that lasts an hour is three log lines, not a million stack traces.
/// </summary>
internal sealed class InboxFaults(TimeProvider clock, ILogger logger)
{
    private static readonly TimeSpan StorageBase = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan StorageMax = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan FileBase = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan FileMax = TimeSpan.FromMinutes(30);

    private readonly Dictionary<string, (int Attempts, DateTimeOffset NotBefore, string Error)> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _passedOver = new(StringComparer.Ordinal);
    private (int Attempts, DateTimeOffset NotBefore, string Error)? _storage;

    /// <summary>SQLite's and PostgreSQL's errors alike (a full disk, a read-only file, a server gone).</summary>
    public static bool IsStorageFault(Exception ex) => ex is DbException || ex.InnerException is DbException;

    /// <summary>When a paused pass may run again; null when storage is not failing.</summary>
    public DateTimeOffset? StorageBlockedUntil() =>
        _storage is { } fault && fault.NotBefore > clock.GetUtcNow() ? fault.NotBefore : null;

    public DateTimeOffset StorageFailed(Exception ex)
    {
        var error = Describe(ex);
        var attempts = (_storage?.Attempts ?? 0) + 1;
        var notBefore = clock.GetUtcNow() + RetryBackoff.Delay(attempts, StorageBase, StorageMax, Random.Shared.NextDouble());
        if (_storage is null || _storage.Value.Error != error)
        {
            logger.LogError(ex, "Inbox ingestion paused: the database cannot be written ({Error}); retrying with backoff", error);
        }
        else
        {
            logger.LogDebug("Inbox ingestion still paused ({Attempts} attempts): {Error}", attempts, error);
        }

        _storage = (attempts, notBefore, error);
        return notBefore;
    }

    public void PassCompleted()
    {
        if (_storage is { } fault)
        {
            logger.LogInformation("Inbox ingestion resumed after {Attempts} failed attempts ({Error})", fault.Attempts, fault.Error);
            _storage = null;
        }
    }

    /// <summary>When this file may be tried again, if it failed lately.</summary>
    public DateTimeOffset? FileBlockedUntil(string relative) =>
        _files.TryGetValue(relative, out var failure) && failure.NotBefore > clock.GetUtcNow() ? failure.NotBefore : null;

    public DateTimeOffset FileFailed(string relative, Exception ex)
    {
        var error = Describe(ex);
        var attempts = _files.TryGetValue(relative, out var previous) ? previous.Attempts + 1 : 1;
        var notBefore = clock.GetUtcNow() + RetryBackoff.Delay(attempts, FileBase, FileMax, Random.Shared.NextDouble());
        if (attempts == 1 || previous.Error != error)
        {
            logger.LogError(ex, "Failed to ingest {File}; retrying with backoff", relative);
        }
        else
        {
            logger.LogDebug("Ingesting {File} failed again ({Attempts} attempts): {Error}", relative, attempts, error);
        }

        _files[relative] = (attempts, notBefore, error);
        return notBefore;
    }

    public void FileDone(string relative)
    {
        if (_files.Remove(relative, out var failure))
        {
            logger.LogInformation("Ingested {File} after {Attempts} failed attempts", relative, failure.Attempts);
        }
    }

    /// <summary>Links and special files are never read; each is reported once per run.</summary>
    public void PassedOver(string relative, FileKind.Kind kind)
    {
        if (_passedOver.Count < 10_000 && _passedOver.Add(relative))
        {
            logger.LogWarning(
                kind == FileKind.Kind.SymbolicLink
                    ? "Not following {File}: it is a symbolic link (only regular files inside the inbox are read)"
                    : "Not reading {File}: it is not a regular file (a FIFO, socket or device)",
                relative);
        }
    }

    private static string Describe(Exception ex) => ex.GetType().Name + ": " + ex.Message;
}
