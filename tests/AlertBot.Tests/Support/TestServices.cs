using AlertBot.Alerts;
using AlertBot.Detection;
using AlertBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Support;

/// <summary>The real pipeline over a temp-file SQLite database (or a test store of either provider) and the small test gazetteer.</summary>
public static class TestServices
{
    public static ServiceProvider Build(string folder, TimeProvider clock, Action<IServiceCollection>? configure = null) =>
        Build(new StorageOptions { DatabasePath = Path.Combine(folder, "test.db") }, clock, configure);

    public static ServiceProvider Build(TestStore store, TimeProvider clock, Action<IServiceCollection>? configure = null) =>
        Build(store.Options, clock, configure);

    private static ServiceProvider Build(StorageOptions storage, TimeProvider clock, Action<IServiceCollection>? configure)
    {
        var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton(clock)
            .AddSingleton(Options.Create(storage))
            // Words only: most tests are about the pipeline, not the model (EmbeddedGroupingTests load it).
            .AddSingleton(Options.Create(new AlertsOptions { Embeddings = AlertBot.Alerts.Embedding.EmbeddingModel.None }))
            .AddAlertCore()
            .AddSingleton(new DetectionEngine(TestPlaces.Gazetteer()));
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
