using AlertBot.Tests.Hosting;
using AlertBot.Tests.Support;

namespace AlertBot.Tests.Cli;

public sealed class FeedCheckCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task FeedsCheck_MalformedDatesAndAFifo_ReportsEachFileAndNeverCrashes()
    {
        var folder = _temp.File("feeds");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "dates.rss"), """
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>One</title><link>https://e.example/1</link><pubDate>Mon, 01 Jan 99999999999 10:00:00 GMT</pubDate></item>
            <item><title>Two</title><link>https://e.example/2</link><pubDate>Sat, 01 Jan 0000 00:00:00 GMT</pubDate></item>
            <item><title>Three</title><link>https://e.example/3</link><pubDate>Mon, 04 Mar 2024 09:00:00 +1430</pubDate></item>
            </channel></rss>
            """);
        SpecialFiles.MakeFifo(Path.Combine(folder, "pipe.rss"));

        using var check = WorkerProcess.Start(_temp.Path, "feeds-check", folder);

        Assert.True(await check.WaitForExitAsync(TimeSpan.FromSeconds(60)), "feeds-check finishes");
        Assert.Contains("dates.rss: Rss, 3 items (0 dated)", check.Output, StringComparison.Ordinal);
        Assert.Contains("pipe.rss: unreadable: not a regular file", check.Output, StringComparison.Ordinal);
        Assert.Equal(1, check.ExitCode);
        Assert.DoesNotContain("   at ", check.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
