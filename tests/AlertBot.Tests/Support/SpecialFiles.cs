using System.Diagnostics;

namespace AlertBot.Tests.Support;

/// <summary>Files that are not regular files, made the way a person (or an attacker) would.</summary>
public static class SpecialFiles
{
    /// <summary>A FIFO: opening it to read blocks until someone writes.</summary>
    public static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
