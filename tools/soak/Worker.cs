using System.Globalization;
using AlertBot.Tests.Hosting;

namespace AlertBot.Soak;

/// <summary>The worker run after run (killed, restarted, finally stopped), measured through /proc, its output kept in a log.</summary>
internal sealed class Worker(string folder, IReadOnlyList<string> args, StreamWriter log) : IDisposable
{
    private WorkerProcess? _process;

    public long PeakRssKb { get; private set; }

    public int Starts { get; private set; }

    public void Start()
    {
        _process = WorkerProcess.Start(folder, [.. args]);
        Starts++;
    }

    /// <summary>SIGKILL, as in a crash or an out-of-memory kill.</summary>
    public void Kill()
    {
        Sample();
        _process?.Kill();
        Flush("SIGKILL");
    }

    /// <summary>SIGTERM, as a service manager stops it; false when it did not exit in time.</summary>
    public async Task<bool> TerminateAsync(TimeSpan timeout)
    {
        if (_process is null)
        {
            return true;
        }

        Sample();
        _process.Terminate();
        var stopped = await _process.WaitForExitAsync(timeout);
        Flush(stopped ? "SIGTERM: stopped" : "SIGTERM: still running");
        return stopped;
    }

    /// <summary>Keeps the highest resident set seen (the kernel's own high-water mark for the current run).</summary>
    public void Sample()
    {
        if (_process is { HasExited: false } process && Status(process.Id, "VmHWM:") is { } peak)
        {
            PeakRssKb = Math.Max(PeakRssKb, peak);
        }
    }

    /// <summary>User plus system CPU time of the running worker, in clock ticks (1/100 s on Linux).</summary>
    public long CpuTicks()
    {
        var stat = File.ReadAllText($"/proc/{_process!.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    private static long? Status(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? null : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private void Flush(string how)
    {
        log.Write(_process?.Output);
        log.WriteLine($"--- soak: run {Starts} ended ({how})");
        log.Flush();
        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => _process?.Dispose();
}
