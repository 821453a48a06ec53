using AlertBot.Tests.Support;
using AlertBot.Tests.Telegram;

namespace AlertBot.Tests.Hosting;

/// <summary>The worker as an operator starts and stops it: bad settings and paths are one friendly message, exit 2.</summary>
public sealed class StartupTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Run_ValuesThatDoNotConvertAndInvalidSections_EveryFailureReportedAtOnceExit2()
    {
        await File.WriteAllTextAsync(_temp.File("file"), "a file, not a folder");
        using var worker = WorkerProcess.Start(_temp.Path,
            "--inbox", "in", "--db", "data/x.db",
            "--Inbox:RescanSeconds=banana", "--Telegram:Mode=Pigeon", "--Alerts:MergeWindowHours=-1", "--Delivery:MaxAttempts=0",
            $"--Alerts:ModelCache={_temp.File("file")}/models");

        Assert.True(await worker.WaitForExitAsync(Patience), "exits by itself");

        Assert.Equal(2, worker.ExitCode);
        Assert.Contains("Inbox:RescanSeconds is \"banana\"", worker.Output, StringComparison.Ordinal);
        Assert.Contains("Telegram:Mode is \"Pigeon\", which is not one of Polling, Webhook", worker.Output, StringComparison.Ordinal);
        Assert.Contains("Alerts:MergeWindowHours", worker.Output, StringComparison.Ordinal);
        Assert.Contains("Delivery:MaxAttempts", worker.Output, StringComparison.Ordinal);
        Assert.Contains("Alerts:ModelCache names a folder that cannot hold the embedding model", worker.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", worker.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("corrupt")]
    [InlineData("under-a-file")]
    public async Task Run_UnusableDatabasePath_OneFriendlyMessageExit2(string kind)
    {
        var path = _temp.File("x.db");
        if (kind == "corrupt")
        {
            await File.WriteAllTextAsync(path, "this is not a SQLite database, just text that someone saved here");
        }
        else
        {
            await File.WriteAllTextAsync(_temp.File("file"), "a file, not a folder");
            path = Path.Combine(_temp.File("file"), "x.db");
        }

        using var worker = WorkerProcess.Start(_temp.Path, "--inbox", "in", "--db", path);

        Assert.True(await worker.WaitForExitAsync(Patience), "exits by itself");

        Assert.Equal(2, worker.ExitCode);
        Assert.Contains("AlertBot cannot start: the database cannot be opened", worker.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", worker.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownSettingAndFifoInInbox_WarnsReadsTheRestAndStopsOnSigterm()
    {
        var inbox = _temp.File("in");
        Directory.CreateDirectory(inbox);
        SpecialFiles.MakeFifo(Path.Combine(inbox, "pipe.txt"));
        await File.WriteAllTextAsync(Path.Combine(inbox, "a.txt"), "Explosion hits Kharkiv power station\nAn explosion hit a power station in Kharkiv on Monday, killing three workers, officials said.");
        using var worker = WorkerProcess.Start(_temp.Path, "--inbox", "in", "--db", "data/x.db", "--Delivery:MaxAttemps=3", "--Inbox:SettleMilliseconds=0");

        await Eventually.TrueAsync(() => worker.Output.Contains("Processed a.txt", StringComparison.Ordinal), "the regular file read past the FIFO", 60);
        worker.Terminate();

        Assert.True(await worker.WaitForExitAsync(TimeSpan.FromSeconds(30)), "SIGTERM stops the worker");
        Assert.Contains("Unknown setting Delivery:MaxAttemps (did you mean Delivery:MaxAttempts?)", worker.Output, StringComparison.Ordinal);
        Assert.Contains("pipe.txt: it is not a regular file", worker.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DatabaseFileDeletedWhileRunning_StopsWithACriticalLineExit3()
    {
        Directory.CreateDirectory(_temp.File("in"));
        using var worker = WorkerProcess.Start(_temp.Path, "--inbox", "in", "--db", "data/x.db");
        await Eventually.TrueAsync(() => worker.Output.Contains("Application started", StringComparison.Ordinal), "the worker started", 60);

        File.Delete(_temp.File("data/x.db"));

        Assert.True(await worker.WaitForExitAsync(Patience), "the worker stops by itself");
        Assert.True(worker.ExitCode == 3, $"exit code {worker.ExitCode}, output:\n{worker.Output}");
        Assert.Contains($"The database file {_temp.File("data/x.db")} was deleted while AlertBot was running", worker.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("data/x.db")), "no empty store created in its place on the way out");
    }

    public void Dispose() => _temp.Dispose();
}
