using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
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
        try
        {
            using var host = builder.Build();
            await host.RunAsync(cancellationToken);
            return 0;
        }
        catch (Exception ex) when (ValidationFailures(ex) is { Count: > 0 } failures)
        {
            await Console.Error.WriteLineAsync("AlertBot cannot start: the configuration is not valid.");
            foreach (var failure in failures)
            {
                await Console.Error.WriteLineAsync("  - " + failure);
            }

            return 2;
        }
    }

    /// <summary>Every options failure, whether the host threw one validation error or several at once.</summary>
    private static List<string> ValidationFailures(Exception ex) => ex switch
    {
        OptionsValidationException one => one.Failures.ToList(),
        AggregateException many => many.InnerExceptions.SelectMany(ValidationFailures).ToList(),
        _ => [],
    };
}
