using System.Text;
using AlertBot.Alerts;
using AlertBot.Ingestion;
using AlertBot.Ingestion.Feeds;
using AlertBot.Storage;
using AlertBot.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AlertBot.Tests.Ingestion;

public sealed class InboxScannerTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _inbox;

    public InboxScannerTests()
    {
        _inbox = _temp.File("inbox");
        Directory.CreateDirectory(_inbox);
    }

    [Fact]
    public async Task ScanAsync_GoodAndBadFiles_ProcessesGoodOnesAndQuarantinesEachBadOneWithReason()
    {
        WriteArticle("wire/one.txt", "Explosion hits Kharkiv power station", "An explosion hit a power station in Kharkiv on Monday, officials said.");
        WriteArticle("two.txt", "Ferry sinks off Odesa", "A ferry sank off Odesa on Tuesday, the coast guard said.");
        await File.WriteAllBytesAsync(Path.Combine(_inbox, "binary.txt"), [0x89, 0x50, 0x00, 0x47]);
        await File.WriteAllBytesAsync(Path.Combine(_inbox, "empty.md"), []);
        await File.WriteAllBytesAsync(Path.Combine(_inbox, "latin1.txt"), Encoding.Latin1.GetBytes("Caf\u00e9 news in Lyon"));
        await File.WriteAllTextAsync(Path.Combine(_inbox, "half.json"), """{"title": "Cut off mid-wri""");
        await using (var huge = File.Create(Path.Combine(_inbox, "huge.txt")))
        {
            huge.SetLength(50L * 1024 * 1024);
        }

        await using var services = Build();
        var result = await Scanner(services).ScanAsync(CancellationToken.None);

        Assert.Equal(2, result.Processed);
        Assert.Equal(5, result.Quarantined);
        Assert.Equal(0, result.Failed);
        var failed = Path.Combine(_inbox, Quarantine.FolderName);
        foreach (var name in new[] { "binary.txt", "empty.md", "latin1.txt", "half.json", "huge.txt" })
        {
            Assert.True(File.Exists(Path.Combine(failed, name)), name + " quarantined");
            Assert.False(File.Exists(Path.Combine(_inbox, name)), name + " moved out");
            Assert.False(string.IsNullOrWhiteSpace(await File.ReadAllTextAsync(Path.Combine(failed, name + ".reason"))));
        }

        Assert.Equal(2, await CountAsync(services, "SELECT COUNT(*) FROM articles;"));
        Assert.True(File.Exists(Path.Combine(_inbox, "wire/one.txt")), "processed files stay where they are");
    }

    [Fact]
    public async Task ScanAsync_Twice_ProcessesEachFileOnce()
    {
        WriteArticle("one.txt", "Explosion hits Kharkiv power station", "An explosion hit a power station in Kharkiv on Monday, officials said.");
        await using var services = Build();
        var scanner = Scanner(services);

        var first = await scanner.ScanAsync(CancellationToken.None);
        var second = await scanner.ScanAsync(CancellationToken.None);

        Assert.Equal(1, first.Processed);
        Assert.Equal((0, 0), (second.Processed, second.Duplicates));
        Assert.Equal(1, await CountAsync(services, "SELECT COUNT(*) FROM articles;"));
    }

    [Fact]
    public async Task ScanAsync_AfterRestart_DoesNotReprocessButPicksUpNewFiles()
    {
        WriteArticle("one.txt", "Explosion hits Kharkiv power station", "An explosion hit a power station in Kharkiv on Monday, officials said.");
        await using (var before = Build())
        {
            await Scanner(before).ScanAsync(CancellationToken.None);
        }

        WriteArticle("two.txt", "Ferry sinks off Odesa", "A ferry sank off Odesa on Tuesday, the coast guard said.");
        await using var after = Build();
        var result = await Scanner(after).ScanAsync(CancellationToken.None);

        Assert.Equal(1, result.Processed);
        Assert.Equal(2, await CountAsync(after, "SELECT COUNT(*) FROM articles;"));
        Assert.Equal(2, await CountAsync(after, "SELECT COUNT(*) FROM inbox_files;"));
    }

    [Fact]
    public async Task ScanAsync_SameContentUnderAnotherName_IsADuplicateAndChangesNothing()
    {
        WriteArticle("one.txt", "Explosion hits Kharkiv power station", "An explosion hit a power station in Kharkiv on Monday, officials said.");
        await using var services = Build();
        var scanner = Scanner(services);
        await scanner.ScanAsync(CancellationToken.None);
        var developments = await CountAsync(services, "SELECT COUNT(*) FROM developments;");
        File.Copy(Path.Combine(_inbox, "one.txt"), Path.Combine(_inbox, "copy.txt"));

        var result = await scanner.ScanAsync(CancellationToken.None);

        Assert.Equal((0, 1), (result.Processed, result.Duplicates));
        Assert.Equal(1, await CountAsync(services, "SELECT COUNT(*) FROM articles;"));
        Assert.Equal(developments, await CountAsync(services, "SELECT COUNT(*) FROM developments;"));
    }

    [Fact]
    public async Task ScanAsync_FileStillBeingWritten_WaitsUntilTheWriterCloses()
    {
        await using var services = Build();
        var scanner = Scanner(services);
        var path = Path.Combine(_inbox, "slow.txt");
        var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        await writer.WriteAsync(Encoding.UTF8.GetBytes("Explosion hits Kharkiv power station\nAn explosion hit a power "));
        await writer.FlushAsync();

        var during = await scanner.ScanAsync(CancellationToken.None);
        await writer.WriteAsync(Encoding.UTF8.GetBytes("station in Kharkiv on Monday, officials said."));
        await writer.DisposeAsync();
        var after = await scanner.ScanAsync(CancellationToken.None);

        Assert.Equal(0, during.Processed + during.Quarantined);
        Assert.NotNull(during.RetryAt);
        Assert.Equal(1, after.Processed);
        var stored = await CountAsync(services, "SELECT size FROM inbox_files WHERE path = 'slow.txt';");
        Assert.Equal(new FileInfo(path).Length, stored);
    }

    [Fact]
    public async Task ScanAsync_FeedFileDroppedInInbox_ProcessesEachItemWithItsLinkAsSource()
    {
        await File.WriteAllTextAsync(Path.Combine(_inbox, "wire.rss"), """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Wire</title>
              <item><title>Explosion hits Kharkiv power station</title><link>https://example.org/a</link>
                <description>An explosion hit a power station in Kharkiv on Monday, officials said.</description>
                <pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate></item>
              <item><title>Ferry sinks off Odesa</title><link>https://example.org/b</link>
                <description>A ferry sank off Odesa on Monday, the coast guard said.</description>
                <pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>
            </channel></rss>
            """);
        await File.WriteAllTextAsync(Path.Combine(_inbox, "notes.pdf"), "not an article");
        await using var services = Build();

        var result = await Scanner(services).ScanAsync(CancellationToken.None);

        Assert.Equal((1, 1), (result.Processed, result.Quarantined));
        await using var connection = await services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        var sources = await connection.QueryAsync<string>("SELECT source FROM articles ORDER BY published_utc;");
        Assert.Equal(["https://example.org/a", "https://example.org/b"], sources);
    }

    [Fact]
    public async Task ScanAsync_HiddenPartialAndDocumentationFiles_AreIgnored()
    {
        WriteArticle(".hidden.txt", "Explosion hits Kharkiv", "An explosion hit Kharkiv.");
        WriteArticle("download.txt.part", "Explosion hits Kharkiv", "An explosion hit Kharkiv.");
        WriteArticle(".git/notes.txt", "Explosion hits Kharkiv", "An explosion hit Kharkiv.");
        WriteArticle("README.txt", "About this folder", "Drop articles here.");
        WriteArticle("LICENSE", "Terms", "Use freely.");
        await using var services = Build();

        var result = await Scanner(services).ScanAsync(CancellationToken.None);

        Assert.Equal((0, 0), (result.Processed, result.Quarantined));
    }

    private void WriteArticle(string relative, string title, string body)
    {
        var path = Path.Combine(_inbox, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, title + "\n" + body);
    }

    [Fact]
    public async Task ScanAsync_RecordsOfManyFilesLongGone_LooksUpOnlyTheFilesPresent()
    {
        await using var services = Build();
        var scanner = Scanner(services);
        await using var connection = await services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            for (var i = 0; i < 2_000; i++)
            {
                await connection.ExecuteAsync("""
                    INSERT INTO inbox_files (path, size, modified_utc, content_hash, outcome, processed_utc)
                    VALUES (@path, 10, '2024-01-01T00:00:00.0000000Z', NULL, 'processed', '2024-01-01T00:00:00.0000000Z');
                    """, new { path = $"gone/{i}.txt" }, transaction);
            }

            await transaction.CommitAsync();
        }

        await connection.ExecuteAsync("ANALYZE;");

        var plan = string.Join(" | ", (await connection.QueryAsync<(long, long, long, string Detail)>(
            "EXPLAIN QUERY PLAN " + scanner.KnownFilesSql, new { paths = new[] { "wire/one.txt", "two.txt" } })).Select(r => r.Detail));

        Assert.True(plan.Contains("SEARCH inbox_files USING INDEX sqlite_autoindex_inbox_files_1 (path=?)", StringComparison.Ordinal), plan);
        Assert.DoesNotContain("SCAN inbox_files", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanAsync_MoreRecordedFilesThanOneLookupTakes_NoneReadAgain()
    {
        await using var services = Build();
        await using var connection = await services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        for (var i = 0; i < 1_100; i++)
        {
            var path = Path.Combine(_inbox, "bulk", $"{i}.txt");
            WriteArticle($"bulk/{i}.txt", $"Report {i}", "Text.");
            var file = new FileInfo(path);
            await connection.ExecuteAsync("""
                INSERT INTO inbox_files (path, size, modified_utc, content_hash, outcome, processed_utc)
                VALUES (@path, @size, @modified, NULL, 'processed', @modified);
                """, new { path = $"bulk/{i}.txt", size = file.Length, modified = Iso.Format(file.LastWriteTimeUtc) });
        }

        var result = await Scanner(services).ScanAsync(CancellationToken.None);

        Assert.Equal((0, 0, 0), (result.Processed, result.Duplicates, result.Failed));
        Assert.Equal(0, await CountAsync(services, "SELECT COUNT(*) FROM articles;"));
    }

    private ServiceProvider Build() => TestServices.Build(_temp.Path, TimeProvider.System);

    private InboxScanner Scanner(ServiceProvider services) => new(
        services.GetRequiredService<ArticleProcessor>(),
        services.GetRequiredService<Database>(),
        Options.Create(new InboxOptions { Path = _inbox, SettleMilliseconds = 0 }),
        Options.Create(new FeedsOptions()),
        TimeProvider.System,
        NullLogger<InboxScanner>.Instance);

    private static async Task<long> CountAsync(ServiceProvider services, string sql)
    {
        await using var connection = await services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    public void Dispose() => _temp.Dispose();
}
