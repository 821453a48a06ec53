using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace AlertBot.Storage;

public static class SchedulerStoreServiceCollectionExtensions
{
    /// <summary>A node that missed its check-in by this much is dead: its firings are recovered by the others.</summary>
    public static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan CheckinMisfireThreshold = TimeSpan.FromSeconds(10);

    /// <summary>
    /// On PostgreSQL, Quartz keeps its schedule in the shared database (tables from our migrations) and clusters:
    /// each job runs on one worker at a time, and a dead worker's jobs go to the others within
    /// <see cref="CheckinInterval"/> + <see cref="CheckinMisfireThreshold"/> (about 15 s). On SQLite the schedule
    /// stays in memory, as one process owns the file. Call before <c>AddQuartzHostedService</c>: the schema must be
    /// migrated before Quartz starts and checks it.
    /// </summary>
    public static IServiceCollection AddSchedulerStore(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.Provider != StorageProvider.Postgres || string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            return services;
        }

        services.AddHostedService<MigrateOnStart>();
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(storage.ConnectionString);
                store.UseSystemTextJsonSerializer();
                store.UseClustering(c =>
                {
                    c.CheckinInterval = CheckinInterval;
                    c.CheckinMisfireThreshold = CheckinMisfireThreshold;
                });
            });
        });
        return services;
    }

    /// <summary>Brings the schema up to date before the hosted services after it (Quartz among them) start.</summary>
    private sealed class MigrateOnStart(Database database) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => database.MigrateAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
