using System.Security.Cryptography;
using AlertBot.Alerts.Embedding;
using AlertBot.Tests.Support;

namespace AlertBot.Tests.Alerts.Embedding;

public sealed class MiniLmModelFilesTests
{
    private static readonly DateTime Marked = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    [Fact]
    public void Ensure_EmptyFolder_WritesTheModelAndItsWeightsAndNoTemporaryFiles()
    {
        using var folder = new TempDirectory();
        var cache = Path.Combine(folder.Path, "models");

        var model = MiniLmModelFiles.Ensure(cache);

        Assert.Equal(Path.Combine(cache, MiniLmModelFiles.ModelFileName), model);
        Assert.Equal(
            [MiniLmModelFiles.ModelFileName, MiniLmModelFiles.DataFileName, MiniLmModelFiles.StampFileName],
            Directory.GetFiles(cache).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // The weights (about 90 MB) are in the data file; the graph alone is small.
        Assert.InRange(new FileInfo(model).Length, 1, 1_000_000);
        Assert.InRange(new FileInfo(folder.File("models/" + MiniLmModelFiles.DataFileName)).Length, 80_000_000, 120_000_000);
    }

    [Fact]
    public void Ensure_FirstFolderCannotBeWritten_UsesTheNext()
    {
        using var folder = new TempDirectory();
        folder.Blocker();
        var fallback = Path.Combine(folder.Path, "fallback");

        var model = MiniLmModelFiles.Ensure([Path.Combine(folder.File("taken"), "models"), fallback]);

        Assert.Equal(Path.Combine(fallback, MiniLmModelFiles.ModelFileName), model);
    }

    [Fact]
    public void Ensure_NoFolderCanBeWritten_SaysWhichAndHowToFixIt()
    {
        using var folder = new TempDirectory();
        folder.Blocker();
        var blocked = Path.Combine(folder.File("taken"), "models");

        var error = Assert.Throws<IOException>(() => MiniLmModelFiles.Ensure([blocked]));

        Assert.Contains(blocked, error.Message, StringComparison.Ordinal);
        Assert.Contains("Alerts:ModelCache", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("write times moved")] // copied by a tool that does not keep them, say
    [InlineData("no stamp")] // unpacked by a version that wrote none
    public void Ensure_GoodFilesTheStampDoesNotVouchFor_ChecksThemReusesThemUntouchedAndStampsThem(string change)
    {
        using var folder = new TempDirectory();
        MiniLmModelFiles.Ensure(folder.Path);
        string[] files = [folder.File(MiniLmModelFiles.ModelFileName), folder.File(MiniLmModelFiles.DataFileName)];
        foreach (var file in files)
        {
            File.SetLastWriteTimeUtc(file, Marked);
        }

        if (change == "no stamp")
        {
            File.Delete(folder.File(MiniLmModelFiles.StampFileName));
        }

        MiniLmModelFiles.Ensure(folder.Path);

        Assert.All(files, file => Assert.Equal(Marked, File.GetLastWriteTimeUtc(file)));
        Assert.Contains($" {Marked.Ticks}\n", File.ReadAllText(folder.File(MiniLmModelFiles.StampFileName)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MiniLmModelFiles.ModelFileName, "flip")]
    [InlineData(MiniLmModelFiles.DataFileName, "flip")]
    [InlineData(MiniLmModelFiles.DataFileName, "flip, write time kept, no stamp")]
    [InlineData(MiniLmModelFiles.DataFileName, "flip, write time kept, stamp of another build")]
    [InlineData(MiniLmModelFiles.DataFileName, "truncate, write time kept")]
    [InlineData(MiniLmModelFiles.DataFileName, "grow, write time kept")]
    [InlineData(MiniLmModelFiles.ModelFileName, "delete")]
    [InlineData(MiniLmModelFiles.DataFileName, "delete")]
    public void Ensure_DamagedFile_RewritesBothAsTheyWere(string name, string damage)
    {
        using var folder = new TempDirectory();
        MiniLmModelFiles.Ensure(folder.Path);
        var good = ModelHashes(folder.Path);
        var path = folder.File(name);
        var stamp = folder.File(MiniLmModelFiles.StampFileName);
        var written = File.GetLastWriteTimeUtc(path);
        if (damage == "delete")
        {
            File.Delete(path);
        }
        else
        {
            Damage(path, damage);
            // A later write moves the write time; the coarse file clock may not have ticked yet, so the test moves it.
            File.SetLastWriteTimeUtc(path, damage.Contains("kept", StringComparison.Ordinal) ? written : written.AddSeconds(1));
        }

        if (damage.EndsWith("no stamp", StringComparison.Ordinal))
        {
            File.Delete(stamp);
        }
        else if (damage.EndsWith("another build", StringComparison.Ordinal))
        {
            File.WriteAllText(stamp, "source 00000000000000000000000000000000 1\n" + string.Join('\n', File.ReadAllLines(stamp).Skip(1)) + "\n");
        }

        MiniLmModelFiles.Ensure(folder.Path);

        Assert.Equal(good, ModelHashes(folder.Path));
    }

    [Fact]
    public void Ensure_SameLengthChangeThatKeptItsWriteTime_TrustsTheStampAndReadsNoFile()
    {
        // The price of a cheap start, pinned: only a change that keeps both length and write time (bit rot) goes unseen,
        // and a start with a matching stamp hashes neither the files nor the package's 90 MB resource.
        using var folder = new TempDirectory();
        MiniLmModelFiles.Ensure(folder.Path);
        var path = folder.File(MiniLmModelFiles.DataFileName);
        var written = File.GetLastWriteTimeUtc(path);
        Damage(path, "flip");
        File.SetLastWriteTimeUtc(path, written);
        var damaged = ModelHashes(folder.Path);

        MiniLmModelFiles.Ensure(folder.Path);

        Assert.Equal(damaged, ModelHashes(folder.Path));
    }

    [Fact]
    public void Ensure_TwoWorkersAtOnce_BothGetTheWholeModelAndNoTemporaryFilesRemain()
    {
        using var folder = new TempDirectory();
        using var expected = new TempDirectory();
        MiniLmModelFiles.Ensure(expected.Path);
        using var start = new Barrier(2);

        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, _ =>
        {
            start.SignalAndWait();
            MiniLmModelFiles.Ensure(folder.Path);
        });

        Assert.Equal(ModelHashes(expected.Path), ModelHashes(folder.Path));
        Assert.Equal(3, Directory.GetFiles(folder.Path).Length);
        // What either wrote last, the stamp describes the files as they are: the next start trusts it.
        var untouched = File.GetLastWriteTimeUtc(folder.File(MiniLmModelFiles.StampFileName));
        MiniLmModelFiles.Ensure(folder.Path);
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(folder.File(MiniLmModelFiles.StampFileName)));
    }

    [Theory]
    [InlineData("under a file")]
    [InlineData("a file")]
    public void Unusable_PathThatCannotBeAFolder_SaysWhy(string kind)
    {
        using var folder = new TempDirectory();
        var taken = folder.Blocker();
        var path = kind == "a file" ? taken : Path.Combine(taken, "models");

        Assert.Contains(folder.File("taken"), MiniLmModelFiles.Unusable(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Unusable_FolderNotYetCreated_IsUsableAndNothingIsLeftBehind()
    {
        using var folder = new TempDirectory();

        Assert.Null(MiniLmModelFiles.Unusable(Path.Combine(folder.Path, "new", "models")));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    private static void Damage(string path, string damage)
    {
        using var file = File.Open(path, FileMode.Open);
        if (damage.StartsWith("truncate", StringComparison.Ordinal))
        {
            file.SetLength(file.Length - 1);
        }
        else if (damage.StartsWith("grow", StringComparison.Ordinal))
        {
            file.SetLength(file.Length + 1);
        }
        else
        {
            file.Position = file.Length / 2;
            var b = file.ReadByte();
            file.Position--;
            file.WriteByte((byte)~b);
        }
    }

    /// <summary>The model's two files by name and hash; the stamp beside them changes with every verification.</summary>
    private static Dictionary<string, string> ModelHashes(string folder) =>
        new[] { MiniLmModelFiles.ModelFileName, MiniLmModelFiles.DataFileName }.ToDictionary(n => n, n => Hash(Path.Combine(folder, n)));

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
