using System.Data.Common;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlertBot.Storage;

/// <summary>
/// Runs <typeparamref name="TService"/> on one worker at a time. On PostgreSQL the workers elect it with a session
/// advisory lock: the holder runs the service and checks its hold every <see cref="Heartbeat"/>; the others try to
/// take the lock every <see cref="Heartbeat"/>. A worker that dies (its connection closes) or loses its connection
/// lets another take over within about one heartbeat; a worker that lost its hold waits two before it competes again, so
/// a standby takes over rather than the worker whose connection just failed. On SQLite there is one worker, and it always runs it.
/// </summary>
public sealed class SingleWorkerService<TService>(
    IServiceProvider services, Database database, long lockKey, TimeProvider clock, ILogger<SingleWorkerService<TService>> logger) : BackgroundService
    where TService : IHostedService
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(5);

    /// <summary>Two heartbeats: a standby tries once a heartbeat, and its try itself may take a while on a busy store.</summary>
    private static readonly TimeSpan LostHoldPause = Heartbeat * 2;

    /// <summary>True while this worker runs the service (for tests and diagnostics).</summary>
    public bool IsLeader { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider == StorageProvider.Sqlite)
        {
            await RunTermAsync(null, stoppingToken);
            return;
        }

        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            DbConnection? held = null;
            try
            {
                held = await TryTakeAsync(stoppingToken);
                failing = false;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                if (!failing)
                {
                    logger.LogError(ex, "Could not ask the store who runs {Service}; retrying", typeof(TService).Name);
                }

                failing = true;
            }

            if (held is null)
            {
                await Task.Delay(Heartbeat, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            await using (held)
            {
                logger.LogInformation("This worker now runs {Service}", typeof(TService).Name);
                await RunTermAsync(held, stoppingToken);
                await ReleaseAsync(held);
            }

            // The hold was lost (its connection failed): sit out a full round of the standbys' tries before competing
            // again, so one of them takes over, as the warning says. Trying at once, this worker, just reconnected, often
            // beat a standby that tries once a heartbeat, and took the service straight back.
            await Task.Delay(LostHoldPause, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task<DbConnection?> TryTakeAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT pg_try_advisory_lock(@lockKey);", new { lockKey }, cancellationToken: cancellationToken)))
            {
                return connection;
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>One term: a fresh instance of the service, run until stopping or until the hold is lost.</summary>
    private async Task RunTermAsync(DbConnection? held, CancellationToken stoppingToken)
    {
        var service = ActivatorUtilities.CreateInstance<TService>(services);
        IsLeader = true;
        try
        {
            await service.StartAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(Heartbeat, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                if (held is not null && !stoppingToken.IsCancellationRequested && !await StillHeldAsync(held, stoppingToken))
                {
                    logger.LogWarning("This worker lost its hold on {Service} (store connection lost); another worker takes over", typeof(TService).Name);
                    break;
                }
            }
        }
        finally
        {
            IsLeader = false;
            await service.StopAsync(CancellationToken.None);
            (service as IDisposable)?.Dispose();
        }
    }

    /// <summary>A pooled connection keeps its session's locks: unlock before it goes back, so a standby takes over now.</summary>
    private async Task ReleaseAsync(DbConnection held)
    {
        try
        {
            await held.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@lockKey);", new { lockKey }, cancellationToken: CancellationToken.None));
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException)
        {
            // The connection is gone, and the lock with it.
        }
    }

    private static async Task<bool> StillHeldAsync(DbConnection held, CancellationToken cancellationToken)
    {
        try
        {
            // The session lock lives as long as this connection: a connection that still answers still holds it.
            await held.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1;", cancellationToken: cancellationToken));
            return true;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException)
        {
            return false;
        }
    }
}
