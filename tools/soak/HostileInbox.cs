using System.Diagnostics;
using System.Text;

namespace AlertBot.Soak;

/// <summary>Files that once stalled, fooled or blocked the inbox, dropped one at a time while the worker runs.</summary>
internal sealed class HostileInbox(string inbox, string outside)
{
    private int _dropped;

    public IReadOnlyList<string> Dropped { get; private set; } = [];

    /// <summary>Drops the next hostile input; false when all have been dropped.</summary>
    public bool DropNext(CancellationToken stopping)
    {
        var drops = new (string Name, Action Drop)[]
        {
            ("a FIFO named .txt", () => Run("mkfifo", Path.Combine(inbox, "pipe.txt"))),
            ("symbolic links to a file and a folder outside the inbox", () =>
            {
                Directory.CreateDirectory(outside);
                File.WriteAllText(Path.Combine(outside, "secret.txt"), "Explosion hits Kharkiv palace\nThis file lives outside the inbox and must never be read.");
                File.CreateSymbolicLink(Path.Combine(inbox, "linked.txt"), Path.Combine(outside, "secret.txt"));
                Directory.CreateSymbolicLink(Path.Combine(inbox, "linked-folder"), outside);
            }),
            ("a page of 100,000 nested divs", () => File.WriteAllText(Path.Combine(inbox, "deep.html"),
                new StringBuilder("<html><body>").Insert(12, "<div>", 100_000).Append("<p>Gunmen attack a checkpoint in Kirkuk, killing five soldiers, police said.</p>").ToString())),
            ("a 4 MB file of a million lines", () =>
            {
                var text = new StringBuilder("Protesters storm parliament in Basra\n", 4_100_000);
                for (var i = 0; i < 1_000_000; i++)
                {
                    text.Append("war\n");
                }

                File.WriteAllText(Path.Combine(inbox, "lines.txt"), text.ToString());
            }),
            ("a binary file", () => File.WriteAllBytes(Path.Combine(inbox, "image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02])),
            ("a file rewritten every 2 s for 40 s", () => _ = Task.Run(async () =>
            {
                for (var i = 1; i <= 20 && !stopping.IsCancellationRequested; i++)
                {
                    await File.WriteAllTextAsync(Path.Combine(inbox, "live.txt"), $"Tanker explodes in Latakia port\n\nA fuel tanker exploded in Latakia port on Monday, officials said. Update {i}.\n", stopping);
                    await Task.Delay(TimeSpan.FromSeconds(2), stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }, stopping)),
        };
        if (_dropped >= drops.Length)
        {
            return false;
        }

        drops[_dropped].Drop();
        Dropped = [.. Dropped, drops[_dropped].Name];
        _dropped++;
        return true;
    }

    private static void Run(string command, string argument)
    {
        using var process = Process.Start(command, [argument]);
        process.WaitForExit();
    }
}
