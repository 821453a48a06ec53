using System.Diagnostics;
using AlertBot.Alerts;
using AlertBot.Chat;
using AlertBot.Detection;
using AlertBot.Storage;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlertBot.Cli.Replay;

/// <summary>
/// Runs the live pipeline over a fixed set of articles, in published order, on a fresh temporary store and
/// a clock set to each article's time: what the bot would have alerted, reproducibly, without network.
/// </summary>
public sealed class ReplayRunner(DetectionEngine engine, AlertsOptions? alertsOptions = null)
{
    public async Task<ReplayReport> RunAsync(IReadOnlyList<IncomingArticle> articles, IReadOnlyList<string> cities, int skipped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(cities);
        var folder = Path.Combine(Path.GetTempPath(), "alertbot-replay-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var clock = new ReplayClock();
            var services = new ServiceCollection()
                .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
                .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
                .AddSingleton<TimeProvider>(clock)
                .AddSingleton(Options.Create(new StorageOptions { DatabasePath = Path.Combine(folder, "replay.db") }))
                .AddSingleton(Options.Create(alertsOptions ?? new AlertsOptions()))
                .AddAlertCore()
                .AddSingleton(engine);
            await using var provider = services.BuildServiceProvider();
            var processor = provider.GetRequiredService<ArticleProcessor>();
            // The worker creates its schema once at start; the timings are of the articles.
            await provider.GetRequiredService<Database>().MigrateAsync(cancellationToken);
            var watch = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var reported = new List<ReportArticle>();
            foreach (var article in articles.OrderBy(a => a.Published).ThenBy(a => a.Source, StringComparer.Ordinal))
            {
                clock.Set(article.Published ?? DateTimeOffset.UnixEpoch);
                var outcome = await processor.ProcessAsync(article, cancellationToken);
                reported.Add(new ReportArticle(
                    article.Source,
                    outcome.DevelopmentIds.Select(Id).ToList(),
                    outcome.Places.Where(p => !p.IsCountry).Select(p => new ReportCity(p.Name, p.CountryCode)).ToList()));
            }

            var seconds = watch.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var queries = provider.GetRequiredService<AlertQueries>();
            var database = provider.GetRequiredService<Database>();
            List<long> alertIds;
            int developments;
            await using (var connection = await database.OpenAsync(cancellationToken))
            {
                alertIds = (await connection.QueryAsync<long>(new CommandDefinition("SELECT id FROM developments WHERE is_alert = 1 ORDER BY first_seen_utc, id;", cancellationToken: cancellationToken))).ToList();
                developments = await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM developments;", cancellationToken: cancellationToken));
            }

            var views = await queries.LoadAsync(alertIds, cancellationToken);
            var alerts = views.Select(ToReport).ToList();
            var cityQuery = provider.GetRequiredService<CityQuery>();
            var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var city in cities)
            {
                var answer = await cityQuery.AnswerAsync(city, cancellationToken);
                answers[city] = answer.Alerts.Select(a => Id(a.Id)).ToList();
            }

            return new ReplayReport(alerts, reported, answers, new ReportStats(articles.Count, Math.Round(seconds, 3), developments, skipped, Math.Round(cpuSeconds, 3)),
                views.ToDictionary(v => Id(v.Id), v => v.Significance));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless; failing the replay over it would not be.
            }
        }
    }

    private static string Id(long id) => "d" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private ReportAlert ToReport(AlertView alert) => new(
        Id(alert.Id),
        alert.Headline,
        alert.Summary,
        // Cities: a country is where, but never a city.
        alert.Places
            .Select(p => (Stored: p, Place: engine.Gazetteer.FindById((int)p.GeonameId)))
            .Where(p => p.Place?.IsCountry != true)
            .Select(p => new ReportCity(p.Stored.Name, p.Stored.Country, p.Stored.GeonameId, p.Place?.Aliases.Take(20).ToList() ?? []))
            .ToList(),
        alert.Sources.Select(s => s.Source).Distinct(StringComparer.Ordinal).ToList(),
        alert.Sources.SelectMany(s => s.Evidence).Distinct(StringComparer.Ordinal).ToList(),
        Iso.Format(alert.FirstSeen),
        alert.Confirmations);
}
