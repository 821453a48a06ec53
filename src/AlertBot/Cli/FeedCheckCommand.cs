using System.CommandLine;
using System.Diagnostics;
using AlertBot.Ingestion;
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
                .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }) : [p])
                .Order(StringComparer.Ordinal)
                .ToList();
            var parser = new FeedParser();
            var feeds = 0;
            var unreadable = 0;
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!File.Exists(file))
                {
                    await Console.Error.WriteLineAsync($"feeds-check: no such file: {file}");
                    return 2;
                }

                if (await ReadAsync(file, parser.Limits.MaxBytes, cancellationToken) is not { } bytes)
                {
                    unreadable++;
                    continue;
                }

                var watch = Stopwatch.StartNew();
                var result = parser.Parse(bytes);
                watch.Stop();
                if (result.IsFeed)
                {
                    feeds++;
                    var dated = result.Items.Count(i => i.Published is not null);
                    var empty = result.Items.Count(i => !i.HasText);
                    Console.WriteLine($"{file}: {result.Format}, {result.Items.Count} items ({dated} dated{(empty > 0 ? $", {empty} without text" : "")}), \"{result.Title}\" [{bytes.Length} bytes, {watch.Elapsed.TotalMilliseconds:0.0} ms]");
                    if (result.Note is not null)
                    {
                        Console.WriteLine($"{file}: note: {result.Note}");
                    }
                }
                else
                {
                    Console.WriteLine($"{file}: refused: {result.Refusal}");
                }
            }

            Console.WriteLine($"feeds-check: {feeds} of {files.Count} files are feeds{(unreadable > 0 ? $", {unreadable} could not be read" : "")}");
            return unreadable > 0 ? 1 : 0;
        });
        return command;
    }

    /// <summary>The file's bytes, or null (with the reason printed) when it is not a regular file, too large or unreadable.</summary>
    private static async Task<byte[]?> ReadAsync(string file, long maxBytes, CancellationToken cancellationToken)
    {
        string? problem = FileKind.Of(file) switch
        {
            FileKind.Kind.Regular => null,
            FileKind.Kind.SymbolicLink when File.Exists(file) && FileKind.Of(new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file) == FileKind.Kind.Regular => null,
            _ => "not a regular file (a FIFO, socket, device or broken link)",
        };
        try
        {
            if (problem is null && new FileInfo(file).Length > maxBytes)
            {
                problem = $"too large ({new FileInfo(file).Length} bytes > {maxBytes})";
            }

            if (problem is null)
            {
                return await File.ReadAllBytesAsync(file, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = ex.Message;
        }

        Console.WriteLine($"{file}: unreadable: {problem}");
        return null;
    }
}
