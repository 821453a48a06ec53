using System.CommandLine;
using System.Diagnostics;
using AlertBot.Ingestion.Feeds;

namespace AlertBot.Cli;

/// <summary><c>feeds-check PATH...</c>: parse feed files offline and report item counts or refusal reasons.</summary>
public static class FeedCheckCommand
{
    public static Command Build()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Feed files or folders (searched recursively).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("feeds-check", "Parse feed files (RSS, RDF, Atom, JSON Feed) and print what the feed reader sees in each.")
        {
            paths,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = parse.GetValue(paths)!
                .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p])
                .Order(StringComparer.Ordinal)
                .ToList();
            var parser = new FeedParser();
            var feeds = 0;
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!File.Exists(file))
                {
                    await Console.Error.WriteLineAsync($"feeds-check: no such file: {file}");
                    return 2;
                }

                var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
                var watch = Stopwatch.StartNew();
                var result = parser.Parse(bytes);
                watch.Stop();
                if (result.IsFeed)
                {
                    feeds++;
                    var dated = result.Items.Count(i => i.Published is not null);
                    Console.WriteLine($"{file}: {result.Format}, {result.Items.Count} items ({dated} dated), \"{result.Title}\" [{bytes.Length} bytes, {watch.Elapsed.TotalMilliseconds:0.0} ms]");
                }
                else
                {
                    Console.WriteLine($"{file}: refused: {result.Refusal}");
                }
            }

            Console.WriteLine($"feeds-check: {feeds} of {files.Count} files are feeds");
            return 0;
        });
        return command;
    }
}
