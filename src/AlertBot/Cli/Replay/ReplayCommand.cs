using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using AlertBot.Alerts;
using AlertBot.Detection;
using AlertBot.Detection.Places;
using AlertBot.Ingestion;

namespace AlertBot.Cli.Replay;

/// <summary><c>replay PATH... --report FILE [--city NAME]... [--top N]</c></summary>
public static class ReplayCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Build()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Article files, feed files or folders (searched recursively).", Arity = ArgumentArity.OneOrMore };
        var report = new Option<string>("--report") { Description = "Where to write the JSON report (the format ../shared/eval/score.py reads).", Required = true };
        var cities = new Option<string[]>("--city") { Description = "Answer /city NAME into the report's cityQueries; repeatable.", AllowMultipleArgumentsPerToken = false };
        var top = new Option<int?>("--top") { Description = "Print the N highest-scoring alerts (default: all of up to 30, else 10)." };
        var command = new Command("replay", "Run detection over files in published order on a fresh temporary store and write a report.")
        {
            paths,
            report,
            cities,
            top,
        };
        // The same settings as the worker (appsettings.json, environment, --Alerts:Name=value) shape the replay.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new ConfigurationBuilder()
                .AddJsonFile(Path.GetFullPath("appsettings.json"), optional: true)
                .AddEnvironmentVariables()
                .AddCommandLine(parse.UnmatchedTokens.Concat(parse.GetValue(paths)!.Where(IsSetting)).ToArray())
                .Build();
            var alertsOptions = settings.GetSection(AlertsOptions.Section).Get<AlertsOptions>() ?? new AlertsOptions();
            var invalid = new AlertsOptionsValidator().Validate(null, alertsOptions);
            if (invalid.Failed)
            {
                await Console.Error.WriteLineAsync("replay: " + invalid.FailureMessage);
                return 2;
            }

            var inputs = parse.GetValue(paths)!.Where(p => !IsSetting(p)).ToList();
            var missing = inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
            if (missing.Count > 0)
            {
                await Console.Error.WriteLineAsync("replay: no such file or folder: " + string.Join(", ", missing));
                return 2;
            }

            var inbox = settings.GetSection(InboxOptions.Section).Get<InboxOptions>() ?? new InboxOptions();
            var (articles, skipped) = await ReplayInput.ReadAsync(inputs, inbox.MaxFileBytes, cancellationToken);
            foreach (var line in skipped)
            {
                await Console.Error.WriteLineAsync("skipped " + line);
            }

            var engine = new DetectionEngine(Gazetteer.LoadDefault());
            var result = await new ReplayRunner(engine, alertsOptions).RunAsync(articles, parse.GetValue(cities) ?? [], skipped.Count, cancellationToken);
            var target = parse.GetValue(report)!;
            var folder = Path.GetDirectoryName(Path.GetFullPath(target));
            Directory.CreateDirectory(folder!);
            await File.WriteAllTextAsync(target, JsonSerializer.Serialize(result, Json), cancellationToken);
            Print(result, target, parse.GetValue(top));
            return 0;
        });
        return command;
    }

    /// <summary>"--Section:Name=value" is a setting, not a path (the PATH argument takes every other token).</summary>
    private static bool IsSetting(string token) => token.StartsWith("--", StringComparison.Ordinal) && token.Contains(':', StringComparison.Ordinal);

    private static void Print(ReplayReport report, string target, int? top)
    {
        Console.WriteLine($"replay: {report.Stats.Articles} articles in {report.Stats.Seconds:0.###} s (cpu {report.Stats.CpuSeconds:0.###} s), {report.Stats.Developments} developments, {report.Alerts.Count} alerts -> {target}");
        // Long replays (a control set) print the highest-scoring alerts; short ones print them all.
        var count = Math.Max(0, top ?? (report.Alerts.Count <= 30 ? report.Alerts.Count : 10));
        var shown = report.Alerts.OrderByDescending(a => report.Significance.GetValueOrDefault(a.Id)).Take(count).ToList();
        if (shown.Count < report.Alerts.Count)
        {
            Console.WriteLine($"  the {shown.Count} highest-scoring alerts:");
        }

        foreach (var alert in shown)
        {
            var where = alert.Cities.Count == 0 ? "" : " [" + string.Join(", ", alert.Cities.Select(c => c.Name)) + "]";
            Console.WriteLine($"  {alert.Id} {report.Significance.GetValueOrDefault(alert.Id):0.00} ({alert.Confirmations} source{(alert.Confirmations == 1 ? "" : "s")}) {alert.Headline}{where} <{alert.Sources[0]}>");
        }

        foreach (var (city, ids) in report.CityQueries)
        {
            Console.WriteLine($"  /city {city}: {(ids.Count == 0 ? "nothing" : string.Join(", ", ids))}");
        }
    }
}
