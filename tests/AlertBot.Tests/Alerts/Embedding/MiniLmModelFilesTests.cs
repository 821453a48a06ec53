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
            [MiniLmModelFiles.ModelFileName, MiniLmModelFiles.DataFileName],
            Directory.GetFiles(cache).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // The weights (about 90 MB) are in the data file; the graph alone is small.
        Assert.InRange(new FileInfo(model).Length, 1, 1_000_000);
        Assert.InRange(new FileInfo(folder.File("models/" + MiniLmModelFiles.DataFileName)).Length, 80_000_000, 120_000_000);
    }

    [Fact]
    public void Ensure_FirstFolderCannotBeWritten_UsesTheNext()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("taken"), "a file where the folder would go");
        var fallback = Path.Combine(folder.Path, "fallback");

        var model = MiniLmModelFiles.Ensure([Path.Combine(folder.File("taken"), "models"), fallback]);

        Assert.Equal(Path.Combine(fallback, MiniLmModelFiles.ModelFileName), model);
    }

    [Fact]
    public void Ensure_NoFolderCanBeWritten_SaysWhichAndHowToFixIt()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("taken"), "a file where the folder would go");
        var blocked = Path.Combine(folder.File("taken"), "models");

        var error = Assert.Throws<IOException>(() => MiniLmModelFiles.Ensure([blocked]));

        Assert.Contains(blocked, error.Message, StringComparison.Ordinal);
        Assert.Contains("Alerts:ModelCache", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ensure_FilesAlreadyThere_ReusesThemUntouched()
    {
        using var folder = new TempDirectory();
        MiniLmModelFiles.Ensure(folder.Path);
        var files = Directory.GetFiles(folder.Path);
        foreach (var file in files)
        {
            File.SetLastWriteTimeUtc(file, Marked);
        }

        MiniLmModelFiles.Ensure(folder.Path);

        Assert.All(files, file => Assert.Equal(Marked, File.GetLastWriteTimeUtc(file)));
    }

    [Theory]
    [InlineData(MiniLmModelFiles.ModelFileName, "flip")]
    [InlineData(MiniLmModelFiles.DataFileName, "flip")]
    [InlineData(MiniLmModelFiles.DataFileName, "truncate")]
    [InlineData(MiniLmModelFiles.ModelFileName, "delete")]
    [InlineData(MiniLmModelFiles.DataFileName, "delete")]
    public void Ensure_DamagedFile_RewritesBothAsTheyWere(string name, string damage)
    {
        using var folder = new TempDirectory();
        MiniLmModelFiles.Ensure(folder.Path);
        var good = Directory.GetFiles(folder.Path).ToDictionary(f => Path.GetFileName(f), Hash);
        var path = folder.File(name);
        switch (damage)
        {
            case "flip":
                using (var file = File.Open(path, FileMode.Open))
                {
                    file.Position = file.Length / 2;
                    var b = file.ReadByte();
                    file.Position--;
                    file.WriteByte((byte)~b);
                }

                break;
            case "truncate":
                using (var file = File.Open(path, FileMode.Open))
                {
                    file.SetLength(file.Length - 1);
                }

                break;
            default:
                File.Delete(path);
                break;
        }

        MiniLmModelFiles.Ensure(folder.Path);

        Assert.Equal(good, Directory.GetFiles(folder.Path).ToDictionary(f => Path.GetFileName(f), Hash));
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
