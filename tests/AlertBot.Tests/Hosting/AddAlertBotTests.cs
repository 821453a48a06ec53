using AlertBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace AlertBot.Tests.Hosting;

public sealed class AddAlertBotTests
{
    [Fact]
    public void StartupValidation_SeveralWrongSettings_ReportsEveryOneByName()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = "",
            ["Inbox:RescanSeconds"] = "0",
            ["Alerts:MaxListed"] = "500",
        });
        builder.AddAlertBot();
        using var host = builder.Build();

        var error = Assert.ThrowsAny<Exception>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        var messages = error is AggregateException aggregate
            ? aggregate.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures).ToList()
            : ((OptionsValidationException)error).Failures.ToList();
        Assert.Contains(messages, m => m.Contains("Storage:DatabasePath", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Inbox:RescanSeconds", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Alerts:MaxListed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddAlertBot_Defaults_RetentionScheduledHourly()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = Path.Combine(Path.GetTempPath(), $"alertbot-{Guid.NewGuid():N}.db") });
        builder.AddAlertBot();
        using var host = builder.Build();

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(new TriggerKey(RetentionJob.Key.Name));

        var simple = Assert.IsAssignableFrom<ISimpleTrigger>(trigger);
        Assert.Equal(RetentionJob.Key, simple.JobKey);
        Assert.Equal(TimeSpan.FromHours(1), simple.RepeatInterval);
        await scheduler.Shutdown();
    }

    [Fact]
    public void AddAlertBot_Defaults_DatabaseFileGuardStartsFirst()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = Path.Combine(Path.GetTempPath(), $"alertbot-{Guid.NewGuid():N}.db") });
        builder.AddAlertBot();
        using var host = builder.Build();

        var first = host.Services.GetServices<IHostedService>().First();

        Assert.Same(host.Services.GetRequiredService<DatabaseFileGuard>(), first);
    }

    [Fact]
    public void StartupValidation_Defaults_Pass()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.AddAlertBot();
        using var host = builder.Build();

        host.Services.GetRequiredService<IStartupValidator>().Validate();

        Assert.NotNull(host.Services.GetRequiredService<AlertBot.Chat.CommandHandler>());
    }
}
