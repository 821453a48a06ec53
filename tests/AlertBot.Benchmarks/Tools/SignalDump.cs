using System.Text.Json;
using AlertBot.Alerts;
using AlertBot.Alerts.Embedding;
using AlertBot.Cli.Replay;
using AlertBot.Detection;
using AlertBot.Detection.Grouping;
using AlertBot.Detection.Places;
using Microsoft.Extensions.Options;

namespace AlertBot.Benchmarks.Tools;

/// <summary>
/// <c>signals PATH OUT.jsonl</c>: every report's grouping signal (words, names, embedding, time), in replay order and weighed
/// exactly as the pipeline weighs it, for <c>tools/grouping/train.py</c> to learn the grouping weights from. Which development
/// a report joins does not change its signal, so one dump serves every weight the script tries.
/// </summary>
internal static class SignalDump
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            await Console.Error.WriteLineAsync("usage: signals PATH OUT.jsonl");
            return 2;
        }

        var (articles, _) = await ReplayInput.ReadAsync([args[0]], 4 * 1024 * 1024, CancellationToken.None);
        var engine = new DetectionEngine(Gazetteer.LoadDefault());
        using var embedder = new TextEmbedder(Options.Create(new AlertsOptions()));
        var grouper = new Grouper(new TermStatistics(), new DevelopmentIndex(GroupingWeights.WithEmbeddings, GroupingWeights.Lexical));
        await using var output = new StreamWriter(args[1]);
        foreach (var article in articles.OrderBy(a => a.Published).ThenBy(a => a.Source, StringComparer.Ordinal))
        {
            var published = article.Published ?? DateTimeOffset.UnixEpoch;
            var analysis = engine.Analyze(new ArticleText(article.Source, article.Title, article.Body, published, article.Outlet, article.Url));
            var embeddings = embedder.Embed([.. analysis.Developments.Select(d => ArticleProcessor.EmbeddingText(d.Text))]);
            var choices = grouper.Choose(analysis, embeddings, published);
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                source = article.Source,
                outlet = article.Outlet,
                time = published.ToUnixTimeSeconds(),
                kind = analysis.Kind.ToString(),
                title = analysis.Title,
                reports = choices.Select((c, i) => new
                {
                    sameAs = c.SameAs,
                    significance = analysis.Developments[i].Significance,
                    terms = c.Signal.Terms.ToDictionary(t => t.Term, t => t.Weight),
                    names = c.Signal.Names,
                    embedding = c.Signal.Embedding,
                    places = c.Signal.Places.Select(p => new[] { p.Latitude, p.Longitude }),
                    family = EventFamily.Of(c.Signal.Action),
                }),
            }));
        }

        return 0;
    }
}
