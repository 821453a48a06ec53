using System.Data.Common;
using AlertBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlertBot.Cli;

/// <summary>Runs the worker until Ctrl+C (or SIGTERM), then stops gracefully.</summary>
public static class RunCommand
{
    public static async Task<int> RunAsync(string? inbox, string? database, string[] hostArgs, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = hostArgs });
        if (!builder.Environment.IsDevelopment())
        {
            // The bot token belongs in user secrets or the environment, never in a file in the repo.
            builder.Configuration.AddUserSecrets(typeof(RunCommand).Assembly, optional: true);
            builder.Configuration.AddEnvironmentVariables();
            builder.Configuration.AddCommandLine(hostArgs);
        }

        var overrides = new Dictionary<string, string?>();
        if (inbox is not null)
        {
            overrides["Inbox:Path"] = inbox;
        }

        if (database is not null)
        {
            overrides["Storage:DatabasePath"] = database;
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        builder.AddAlertBot();
        using var host = builder.Build();
        var (failures, unknown) = StartupCheck.Run(host.Services, builder.Configuration);
        if (failures.Count > 0)
        {
            return await RefuseAsync("the configuration is not valid.", failures);
        }

        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AlertBot.Startup");
        foreach (var key in unknown)
        {
            logger.LogWarning("Unknown setting {Key}: no setting of AlertBot reads it, so it has no effect (see appsettings.example.json)", key);
        }

        var store = host.Services.GetRequiredService<Database>();
        try
        {
            // Opened (and migrated) before any service starts, so a bad path is one sentence, not a stack trace per service.
            await store.MigrateAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var hint = store.Provider == StorageProvider.Postgres
                ? "Check Storage:ConnectionString: the server must be reachable and the user allowed to create tables."
                : "Check Storage:DatabasePath (or --db): its folder must be writable and the file, if it exists, a SQLite database.";
            return await RefuseAsync($"the database cannot be opened: {store.Description}.", [Describe(ex), hint]);
        }

        // Resolved now: RunAsync disposes the host's services.
        var guard = host.Services.GetRequiredService<DatabaseFileGuard>();
        try
        {
            await host.RunAsync(cancellationToken);
            // The database file was deleted or replaced (logged as Critical): not a clean stop. Nor is a service that failed
            // and stopped the host (logged by the host): a supervisor must see it to restart the bot.
            return guard.StoreLost ? DatabaseFileGuard.ExitCode
                : host.Services.GetServices<IHostedService>().OfType<BackgroundService>().Any(s => s.ExecuteTask?.IsFaulted == true) ? 1
                : 0;
        }
        catch (Exception ex) when (ValidationFailures(ex) is { Count: > 0 } late)
        {
            return await RefuseAsync("the configuration is not valid.", late);
        }
        catch (Exception) when (guard.StoreLost)
        {
            // A service failed on its way out because the store had gone: the critical line already said why.
            return DatabaseFileGuard.ExitCode;
        }
    }

    private static async Task<int> RefuseAsync(string why, IEnumerable<string> details)
    {
        await Console.Error.WriteLineAsync("AlertBot cannot start: " + why);
        foreach (var detail in details)
        {
            await Console.Error.WriteLineAsync("  - " + detail);
        }

        return 2;
    }

    private static string Describe(Exception ex) =>
        ex.Message;

    /// <summary>Every options failure, whether the host threw one validation error or several at once.</summary>
    private static List<string> ValidationFailures(Exception ex) => ex switch
    {
        OptionsValidationException one => one.Failures.ToList(),
        AggregateException many => many.InnerExceptions.SelectMany(ValidationFailures).ToList(),
        _ => [],
    };
}
