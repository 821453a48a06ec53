using AlertBot.Alerts;
using AlertBot.Detection;
using AlertBot.Detection.Alerting;
using AlertBot.Detection.Scoring;

namespace AlertBot.Tests.Alerts;

public sealed class DevelopmentCacheTests
{
    private static readonly DevelopmentMemory.Row Row = new(0, 0, "Blast in Kharkiv", "Three killed.", "Stated", 1.0, 1, "2024-03-04T09:00:00.0000000Z");

    [Fact]
    public void Put_MoreSourcesThanCapacity_DropsTheLeastRecentlyUsed()
    {
        var cache = new DevelopmentCache(capacity: 6);
        cache.Put(1, Memory(sources: 1));
        cache.Put(2, Memory(sources: 1));
        cache.Put(3, Memory(sources: 0));
        Assert.NotNull(cache.Get(1));

        cache.Put(4, Memory(sources: 1));

        Assert.Null(cache.Get(2));
        Assert.NotNull(cache.Get(1));
        Assert.NotNull(cache.Get(3));
        Assert.NotNull(cache.Get(4));
    }

    [Fact]
    public void Put_SameDevelopmentAgain_ReplacesItsMemoryAndWeight()
    {
        var cache = new DevelopmentCache(capacity: 4);
        cache.Put(1, Memory(sources: 2));
        var grown = Memory(sources: 3);

        cache.Put(1, grown);
        cache.Put(2, Memory(sources: 0));

        Assert.Null(cache.Get(1));
        Assert.NotNull(cache.Get(2));
        cache.Put(1, grown);
        Assert.Same(grown, cache.Get(1));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Clear_Remembered_ForgetsEverything()
    {
        var cache = new DevelopmentCache(capacity: 10);
        cache.Put(1, Memory(sources: 1));

        cache.Clear();

        Assert.Null(cache.Get(1));
        Assert.Equal(0, cache.Count);
    }

    [Theory]
    [InlineData("2024-03-04T09:30:00.0000000Z", 5, new long[] { 10, 5, 11, 12 })]
    [InlineData("2024-03-04T09:00:00.0000000Z", 5, new long[] { 5, 10, 11, 12 })]
    [InlineData("2024-03-04T10:00:00.0000000Z", 11, new long[] { 10, 11, 11, 12 })]
    [InlineData("2024-03-04T10:00:00.0000000Z", 13, new long[] { 10, 11, 12, 13 })]
    [InlineData("2024-03-04T12:00:00.0000000Z", 1, new long[] { 10, 11, 12, 1 })]
    public void WithSource_AnyTime_SortsAsTheStoreByTimeThenArticle(string seen, long article, long[] expected)
    {
        var memory = new DevelopmentMemory([Source("2024-03-04T09:00:00.0000000Z", 10), Source("2024-03-04T09:30:00.0000000Z", 11), Source("2024-03-04T10:00:00.0000000Z", 12)], Row, []);

        var grown = memory.WithSource(Source(seen, article), max: 10);

        Assert.Equal(expected, grown.Sources.Select(s => s.ArticleId));
        Assert.Equal(3, memory.Sources.Count);
    }

    [Fact]
    public void WithSource_Full_KeepsTheFirstAsAReadWould()
    {
        var memory = new DevelopmentMemory([Source("2024-03-04T09:00:00.0000000Z", 10), Source("2024-03-04T10:00:00.0000000Z", 12)], Row, []);

        var earlier = memory.WithSource(Source("2024-03-04T09:30:00.0000000Z", 11), max: 2);
        var later = memory.WithSource(Source("2024-03-04T11:00:00.0000000Z", 13), max: 2);

        Assert.Equal([10L, 11L], earlier.Sources.Select(s => s.ArticleId));
        Assert.Equal([10L, 12L], later.Sources.Select(s => s.ArticleId));
    }

    [Fact]
    public void Stored_AnyText_IsWhatUtf8GivesBack()
    {
        // Built in code: a lone surrogate does not survive a test case's serialization.
        var pair = "Emoji " + char.ConvertFromUtf32(0x1F600) + " pair";
        var lone = "lone " + (char)0xD800 + " surrogate";

        Assert.Equal("Blast in Kharkiv", DevelopmentMemory.Stored("Blast in Kharkiv"));
        Assert.Equal(pair, DevelopmentMemory.Stored(pair));
        Assert.Equal("lone \ufffd surrogate", DevelopmentMemory.Stored(lone));
    }

    private static DevelopmentMemory Memory(int sources) =>
        new([.. Enumerable.Range(0, sources).Select(i => Source("2024-03-04T09:00:00.0000000Z", i))], Row, []);

    private static DevelopmentMemory.Source Source(string seen, long article) => new(
        new SourceFacts("wire-a", ArticleKind.Report, "Blast in Kharkiv", true, "Blast in Kharkiv", 1.0, Certainty.Stated, true, DateTimeOffset.Parse(seen, System.Globalization.CultureInfo.InvariantCulture), [], EventAction.Attack),
        "Three killed.", seen, article);
}
