using AlertBot.Alerts;
using AlertBot.Detection;
using AlertBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Support;

/// <summary>The real pipeline over a temp-file SQLite database and the small test gazetteer.</summary>
public static class TestServices
{
    public static ServiceProvider Build(string folder, TimeProvider clock, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton(clock)
            .AddSingleton(Options.Create(new StorageOptions { DatabasePath = Path.Combine(folder, "test.db") }))
            .AddSingleton(Options.Create(new AlertsOptions()))
            .AddAlertCore()
            .AddSingleton(new DetectionEngine(TestPlaces.Gazetteer()));
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
