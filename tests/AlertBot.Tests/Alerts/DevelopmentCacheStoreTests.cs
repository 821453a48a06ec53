using System.Collections;
using System.Globalization;
using AlertBot.Alerts;
using AlertBot.Storage;
using AlertBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Tests.Alerts;

/// <summary>
/// The development cache tells the truth: after every article, whatever a worker remembers of a development (its sources,
/// its row's alert columns, its places) is what a fresh read of the store gives, field by field. Merge decisions read the
/// cache instead of the store, so a write path that forgets to update it decides the next report on what is no longer
/// so. Run once per provider (<see cref="DevelopmentCacheStoreSqliteTests"/>, <see cref="DevelopmentCacheStorePostgresTests"/>).
/// </summary>
public abstract class DevelopmentCacheStoreTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);

    private static readonly IncomingArticle FirstBlast = Report(
        "wire-a/1.txt", "wire-a", 0, "Explosion hits Kharkiv power station",
        "A large explosion hit the main power station in Kharkiv on Monday, killing three workers, the governor said.");

    private static readonly IncomingArticle SecondBlast = Report(
        "wire-b/2.txt", "wire-b", 20, "Blast at Kharkiv power plant",
        "A powerful blast hit the main power plant in Kharkiv on Monday, killing three workers, officials said.");

    private static readonly IncomingArticle HigherToll = Report(
        "wire-e/5.txt", "wire-e", 50, "Explosion at Kharkiv power station kills five workers",
        "An explosion at the main power station in Kharkiv killed five workers on Monday and cut power to Kyiv, the energy ministry said.");

    private static readonly IncomingArticle OdesaBlast = Report(
        "wire-c/3.txt", "wire-c", 120, "Explosion hits Odesa power station",
        "A large explosion hit the main power station in Odesa on Monday, killing two workers, the governor said.");

    private static readonly IncomingArticle LaterBlast = Report(
        "wire-f/6.txt", "wire-f", 70, "Kharkiv power station blast kills five",
        "A blast at the main power station in Kharkiv killed five workers on Monday, rescuers said.");

    private readonly TestStore _store;

    protected DevelopmentCacheStoreTests(StorageProvider provider)
    {
        _store = new TestStore(provider);
    }

    [Fact]
    public async Task ProcessAsync_DevelopmentsJoinedAlertedUpdatedAndRestarted_CacheEqualsTheStoreAfterEveryArticle()
    {
        var history = new History();
        long blast, odesa, flood;
        using (var services = Worker())
        {
            var worker = services.GetRequiredService<ArticleProcessor>();
            var first = await StepAsync(worker, services, history, "first report", FirstBlast);
            blast = first.DevelopmentIds[0];
            var otherTown = await StepAsync(worker, services, history, "another town", OdesaBlast);
            odesa = otherTown.DevelopmentIds[0];
            var joined = await StepAsync(worker, services, history, "second outlet joins", SecondBlast);
            var toll = await StepAsync(worker, services, history, "higher toll, firmer, another place", HigherToll);
            var copy = await StepAsync(worker, services, history, "same content again", FirstBlast with { Source = "elsewhere/copy.txt" });
            var arrests = await StepAsync(worker, services, history, "other event, same town", Report(
                "wire-d/4.txt", "wire-d", 26 * 60, "Two men held in Kharkiv",
                "Police in Kharkiv arrested two men on Tuesday, the regional police chief said."));
            var stale = await StepAsync(worker, services, history, "stale report", Report(
                "wire-a/8.txt", "wire-a", 180, "Floods kill four people in Lyon",
                "Floods killed four people in Lyon on Monday after the Rhone burst its banks, the prefecture said.", stale: true));
            flood = stale.DevelopmentIds[0];
            var fresh = await StepAsync(worker, services, history, "fresh report of it", Report(
                "wire-b/9.txt", "wire-b", 190, "Four dead as floods hit Lyon",
                "Four people died in Lyon on Monday as floods swept through the city after the Rhone burst its banks, officials said."));
            var several = await StepAsync(worker, services, history, "long article, several developments", Report(
                "wire-h/10.txt", "wire-h", 200, "Missile strike kills six in Kyiv",
                "A missile strike killed six people in Kyiv on Monday, officials said. Rescuers searched the rubble of a school in the city centre. "
                + "The mayor said the strike was the deadliest on the capital this year. Schools across the city were closed for the day. "
                + "Separately, a large explosion hit the main power station in Odesa on Monday, killing two workers, the governor said. "
                + "Troops took full control of Kharkiv on Monday, the army said."));
            var early = await StepAsync(worker, services, history, "an earlier report arrives late", Report(
                "wire-g/11.txt", "wire-g", -10, "Kharkiv power station hit by explosion",
                "The main power station in Kharkiv was hit by a large explosion on Monday, killing three workers, the governor said."));

            Assert.Equal([blast, blast, blast], new[] { joined, toll, early }.Select(o => o.DevelopmentIds[0]));
            Assert.Equal([blast], first.NewAlertIds);
            Assert.Contains(blast, joined.UpdatedAlertIds);
            Assert.Contains(blast, toll.UpdatedAlertIds);
            Assert.True(copy.Duplicate);
            Assert.DoesNotContain(arrests.DevelopmentIds[0], new[] { blast, odesa });
            Assert.Equal([flood], fresh.DevelopmentIds);
            Assert.Equal([flood], fresh.NewAlertIds);
            Assert.True(several.DevelopmentIds.Count >= 3, $"{several.DevelopmentIds.Count} developments");
            Assert.Contains(odesa, several.DevelopmentIds);
            Assert.Equal(early.ArticleId, history.Stored("an earlier report arrives late", blast).Sources[0].ArticleId);
        }

        // A new process: it remembers nothing, reads what it decides on from the store, and remembers what it wrote.
        using (var services = Worker())
        {
            var worker = services.GetRequiredService<ArticleProcessor>();
            Assert.Equal(0, worker.Developments.Count);
            var later = await StepAsync(worker, services, history, "joins after a restart", LaterBlast);
            var again = await StepAsync(worker, services, history, "joins another after a restart", Report(
                "wire-b/7.txt", "wire-b", 130, "Blast at Odesa power plant",
                "A powerful blast hit the main power plant in Odesa on Monday, killing two workers, officials said."));
            Assert.Equal(blast, later.DevelopmentIds[0]);
            Assert.Equal(odesa, again.DevelopmentIds[0]);
        }

        // The sequence went down every path that changes what is remembered, or the comparisons above proved less.
        var before = history.Stored("second outlet joins", blast);
        var after = history.Stored("higher toll, firmer, another place", blast);
        Assert.NotEqual(before.State.Headline, after.State.Headline);
        Assert.NotEqual(before.State.Summary, after.State.Summary);
        Assert.NotEqual(before.State.Certainty, after.State.Certainty);
        Assert.True(after.State.Significance > before.State.Significance);
        Assert.True(after.State.Confirmations > before.State.Confirmations);
        Assert.NotEqual(before.Places.Select(p => p.GeonameId), after.Places.Select(p => p.GeonameId));
        Assert.Equal((1L, 1L), (history.Stored("stale report", flood).State.IsAlert, history.Stored("stale report", flood).State.HeldBack));
        Assert.Equal((1L, 0L), (history.Stored("fresh report of it", flood).State.IsAlert, history.Stored("fresh report of it", flood).State.HeldBack));
        Assert.Equal(0L, history.Stored("other event, same town", history.Touched("other event, same town")[0]).State.IsAlert);
        Assert.True(history.Stored("joins after a restart", blast).Sources.Count > after.Sources.Count);
    }

    [Fact]
    public async Task ProcessAsync_AnotherWorkerMergedInBetween_CacheEqualsTheStoreAfterEveryArticle()
    {
        var history = new History();
        using var one = Worker();
        using var two = Worker();
        var first = one.GetRequiredService<ArticleProcessor>();
        var second = two.GetRequiredService<ArticleProcessor>();

        var blast = await StepAsync(first, one, history, "first worker starts it", FirstBlast);
        await StepAsync(second, two, history, "second worker joins it", SecondBlast);
        await StepAsync(first, one, history, "first worker joins it again", HigherToll);
        await StepAsync(second, two, history, "second worker starts another", OdesaBlast);
        await StepAsync(first, one, history, "first worker reports again", LaterBlast);

        Assert.All(history.Steps.Take(3), s => Assert.Equal(blast.DevelopmentIds[0], s.Touched[0]));
        Assert.Equal(3, history.Stored("first worker joins it again", blast.DevelopmentIds[0]).Sources.Count);
    }

    [Fact]
    public async Task ProcessAsync_MoreSourcesThanAReadKeeps_CacheEqualsTheStoreAfterEveryArticle()
    {
        // Other news first, from another worker, or a story told a hundred times would be all the store knows and its
        // words would weigh nothing. Then reports arrive out of order: some sort among the first a read keeps and push
        // one out, some fall past them.
        var reports = DevelopmentStore.MaxSourcesRead + 10;
        using (var desk = Worker())
        {
            for (var i = 0; i < 3 * reports; i++)
            {
                await desk.GetRequiredService<ArticleProcessor>().ProcessAsync(new IncomingArticle(
                    $"desk/{i}.txt", "desk", $"Council {i} approves budget {i % 7}",
                    $"The council of district {i} approved its budget {i % 7} on Monday after a vote {i % 3}.", null, Monday.AddMinutes(-i)), CancellationToken.None);
            }
        }

        var history = new History();
        using var services = Worker();
        var worker = services.GetRequiredService<ArticleProcessor>();
        static int Minutes(int i) => i % 3 == 0 ? -i : i;
        for (var i = 0; i < reports; i++)
        {
            await StepAsync(worker, services, history, $"report {i}", Report(
                $"wire-{i}/1.txt", $"wire-{i}", Minutes(i), "Explosion hits Kharkiv power station",
                $"A large explosion hit the main power station in Kharkiv on Monday, killing three workers, official {i} said."));
        }

        var development = history.Steps[0].Touched[0];
        Assert.All(history.Steps, s => Assert.Equal([development], s.Touched));
        var last = history.Stored($"report {reports - 1}", development);
        Assert.Equal(DevelopmentStore.MaxSourcesRead, last.Sources.Count);
        Assert.Equal(Monday.AddMinutes(Enumerable.Range(0, reports).Min(Minutes)), last.Sources[0].Facts.Seen);
    }

    private ServiceProvider Worker() => TestServices.Build(_store, new FakeTimeProvider(Monday.AddHours(1)));

    private static IncomingArticle Report(string source, string outlet, int minutes, string title, string body, bool stale = false) =>
        new(source, outlet, title, body, null, Monday.AddMinutes(minutes), stale);

    /// <summary>One article through the worker, then every development it remembers held against the store.</summary>
    private static async Task<ArticleOutcome> StepAsync(ArticleProcessor worker, IServiceProvider services, History history, string step, IncomingArticle article)
    {
        var outcome = await worker.ProcessAsync(article, CancellationToken.None);
        var cached = worker.Developments.Entries.ToDictionary(e => e.Id, e => e.Memory);
        var stored = await StoredAsync(services.GetRequiredService<Database>(), cached.Keys);
        var differences = new List<string>();
        foreach (var (id, memory) in cached)
        {
            Compare($"development {id}", memory, stored[id], differences);
        }

        Assert.True(differences.Count == 0, $"after \"{step}\" the cache is not what the store holds:\n" + string.Join('\n', differences));
        // Every development the article decided on is remembered, so the comparison above covered it.
        List<long> forgotten = outcome.Duplicate ? [] : outcome.DevelopmentIds.Where(id => !cached.ContainsKey(id)).ToList();
        Assert.True(forgotten.Count == 0, $"after \"{step}\" developments {string.Join(", ", forgotten)} are not remembered");

        history.Steps.Add(new Snapshot(step, outcome.DevelopmentIds, stored));
        return outcome;
    }

    /// <summary>What deciding on each development would read with nothing remembered.</summary>
    private static async Task<Dictionary<long, DevelopmentMemory>> StoredAsync(Database database, IEnumerable<long> ids)
    {
        await using var merge = new MergeConnection(await database.OpenAsync(CancellationToken.None));
        await using var transaction = await database.BeginSnapshotAsync(merge.Connection, CancellationToken.None);
        var store = new DevelopmentStore(database, merge, transaction, new DevelopmentCache(capacity: 0), CancellationToken.None);
        var stored = new Dictionary<long, DevelopmentMemory>();
        foreach (var id in ids)
        {
            stored[id] = await store.MemoryAsync(id);
        }

        return stored;
    }

    /// <summary>
    /// Field by field, down through records and lists (records compare lists by reference). Reflection, so a field added
    /// to what is remembered is compared without this test being told.
    /// </summary>
    private static void Compare(string path, object? cached, object? stored, List<string> differences)
    {
        if (cached is null || stored is null || cached is string || cached.GetType().IsPrimitive || cached.GetType().IsEnum || cached is DateTimeOffset)
        {
            if (!Equals(cached, stored))
            {
                differences.Add($"{path}: cached {Show(cached)}, stored {Show(stored)}");
            }

            return;
        }

        if (cached.GetType() != stored.GetType() && !(cached is IEnumerable && stored is IEnumerable))
        {
            differences.Add($"{path}: cached a {cached.GetType().Name}, stored a {stored.GetType().Name}");
            return;
        }

        if (cached is IEnumerable cachedItems && stored is IEnumerable storedItems)
        {
            var a = cachedItems.Cast<object?>().ToList();
            var b = storedItems.Cast<object?>().ToList();
            if (a.Count != b.Count)
            {
                differences.Add($"{path}: cached {a.Count} items, stored {b.Count}");
            }

            for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
            {
                Compare($"{path}[{i}]", a[i], b[i], differences);
            }

            return;
        }

        foreach (var property in cached.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            Compare($"{path}.{property.Name}", property.GetValue(cached), property.GetValue(stored), differences);
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private sealed record Snapshot(string Step, IReadOnlyList<long> Touched, IReadOnlyDictionary<long, DevelopmentMemory> Stored);

    /// <summary>What the store held of the remembered developments after each step.</summary>
    private sealed class History
    {
        public List<Snapshot> Steps { get; } = [];

        public DevelopmentMemory Stored(string step, long id) => Steps.Single(s => s.Step == step).Stored[id];

        public IReadOnlyList<long> Touched(string step) => Steps.Single(s => s.Step == step).Touched;
    }

    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }
}
