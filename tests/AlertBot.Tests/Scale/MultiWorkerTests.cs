using System.Collections.Concurrent;
using System.Globalization;
using AlertBot.Alerts;
using AlertBot.Detection;
using AlertBot.Detection.Places;
using AlertBot.Storage;
using AlertBot.Tests.Fakes;
using AlertBot.Tests.Ingestion.Feeds.Support;
using AlertBot.Tests.Support;
using AlertBot.Tests.Telegram;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace AlertBot.Tests.Scale;

/// <summary>
/// Three worker processes on one PostgreSQL database, five outlets' feeds on a local server, 500 subscribers on the
/// fake Bot API (Telegram's limits enforced). Then one worker is SIGKILLed in the middle of the fan-out.
/// </summary>
[Trait(TestPostgres.Requires, TestPostgres.PostgreSQL)]
[Collection(RunsAlone.Name)]
public sealed class MultiWorkerTests(ITestOutputHelper output) : IDisposable
{
    private const int Subscribers = 500;

    /// <summary>Each feed's poll interval in the workers' settings.</summary>
    private static readonly TimeSpan FeedInterval = TimeSpan.FromSeconds(30);
    private const int FollowEverything = 50;
    private readonly TestStore _store = new(StorageProvider.Postgres);

    [Fact]
    public async Task ThreeWorkers_SharedFeedsAndOutbox_EveryAlertOnceEveryChatOnceAndAKilledWorkerLosesNothing()
    {
        var published = DateTimeOffset.UtcNow.AddMinutes(-45);
        var reference = await ReferenceRunAsync(published);

        await using var api = await FakeBotApi.StartAsync();
        await using var feeds = await FeedServer.StartAsync();
        var polls = new ConcurrentQueue<(int Outlet, DateTimeOffset At)>();
        for (var outlet = 0; outlet < NewsCorpus.Outlets; outlet++)
        {
            var rss = NewsCorpus.Rss(outlet, published);
            var which = outlet;
            feeds.Map(NewsCorpus.FeedPath(outlet), context =>
            {
                polls.Enqueue((which, DateTimeOffset.UtcNow));
                context.Response.ContentType = "application/rss+xml; charset=utf-8";
                return Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response, rss, context.RequestAborted);
            });
        }

        await using var database = new Database(Options.Create(_store.Options), TimeProvider.System, NullLogger<Database>.Instance);
        await SubscribeAsync(database, reference.PlaceIds);

        var workers = Enumerable.Range(0, 3).Select(n => WorkerProcess.Start(_store.Folder.File($"worker{n}.log"), Settings(n, api, feeds))).ToList();
        try
        {
            await Eventually.TrueAsync(async () => await ScalarAsync(database, "SELECT COUNT(*) FROM articles;") == 200, "all 200 articles stored", seconds: 240);
            var expected = await ScalarAsync(database, "SELECT COUNT(*) FROM deliveries WHERE kind = 'alert';");
            await Eventually.TrueAsync(() => Sent(api).Count >= expected * 0.4, "40% of the alerts sent", seconds: 240);

            var victim = workers[0];
            victim.Kill();
            var killedAt = DateTimeOffset.UtcNow;
            var sentAtKill = Sent(api).Count;

            await Eventually.TrueAsync(
                async () => await ScalarAsync(database, "SELECT COUNT(*) FROM deliveries WHERE kind = 'alert' AND status <> 'sent';") == 0,
                "every alert delivery sent", seconds: 300);
            await Eventually.TrueAsync(
                () => Enumerable.Range(0, NewsCorpus.Outlets).All(o => polls.Any(p => p.Outlet == o && p.At > killedAt)),
                "every feed polled again after the kill", seconds: 60);
            var repolled = Enumerable.Range(0, NewsCorpus.Outlets).Max(o => (polls.Where(p => p.Outlet == o && p.At > killedAt).Min(p => p.At) - killedAt).TotalSeconds);

            // A feed is due one interval after its last poll (or at the kill, if that was due already): how long past that
            // it waited is how long the dead worker held its job. The feed's own interval is no part of it.
            var failover = Enumerable.Range(0, NewsCorpus.Outlets).Max(o =>
            {
                var last = polls.Where(p => p.Outlet == o && p.At <= killedAt).Select(p => p.At).DefaultIfEmpty(killedAt).Max();
                var due = last + FeedInterval > killedAt ? last + FeedInterval : killedAt;
                var next = polls.Where(p => p.Outlet == o && p.At > killedAt).Min(p => p.At);
                return Math.Max(0, (next - due).TotalSeconds);
            });

            // Every alert created once: the reports of one city are alike, so two alerts of a city with one headline are
            // two workers' merges racing. (Which cities alert depends on the order reports arrive in: detection's business.)
            await using var connection = await database.OpenAsync(CancellationToken.None);
            var alerts = (await connection.QueryAsync<(long Id, string Headline, string Source)>(new CommandDefinition("""
                SELECT d.id, d.headline, MIN(s.source) FROM developments d JOIN development_sources s ON s.development_id = d.id
                WHERE d.is_alert = 1 GROUP BY d.id, d.headline;
                """))).ToList();
            Assert.True(alerts.Count >= 10, $"only {alerts.Count} alerts: the corpus no longer tests much");
            var twice = alerts.GroupBy(a => (City: NewsCorpus.Cities[CityOf(a.Source)], a.Headline)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, "alerted twice: " + string.Join("; ", twice));

            // Every subscriber got each of its alerts, once; a chat the killed worker was sending to may see one twice.
            // Each sent delivery records the message id the fake gave it; any other message in the chat is a repeat.
            var due = (await connection.QueryAsync<(long Chat, long? MessageId)>(new CommandDefinition(
                "SELECT chat_id, message_id FROM deliveries WHERE kind = 'alert';"))).ToList();
            var received = api.Messages.GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.Select(m => m.MessageId).ToList());
            var repeats = 0;
            foreach (var chat in due.GroupBy(d => d.Chat))
            {
                var recorded = chat.Select(d => d.MessageId ?? -1).ToList();
                var got = received.GetValueOrDefault(chat.Key, []);
                Assert.Equal(recorded.Count, recorded.Distinct().Count());
                Assert.True(recorded.All(got.Contains), $"chat {chat.Key}: deliveries record messages [{string.Join(", ", recorded)}], the chat has [{string.Join(", ", got)}]");
                var extra = got.Count - recorded.Count;
                Assert.True(extra <= 1, $"chat {chat.Key} got {extra} repeated messages");
                repeats += extra;
            }

            Assert.Equal(due.Select(d => d.Chat).ToHashSet(), received.Keys.ToHashSet());
            // The fake holds Telegram's limit (30/s, a bucket 30 deep) and answers 429 past it: it never had to, and no
            // second (any second, not only those the clock starts) saw more than 30 calls, however the machine stalled
            // the workers' sends on their way.
            var busiest = BusiestWindow(api, TimeSpan.FromSeconds(1));
            var peak = busiest.Count;
            var peak3 = BusiestWindow(api, TimeSpan.FromSeconds(3)).Count;
            var average = AveragePerSecond(api);
            Assert.Equal(0, api.RateLimitedCount);
            Assert.True(peak <= 30, $"{peak} messages reached the fake within one second: " + Describe(busiest));
            Assert.True(average <= 30, $"the workers sent {average:0.0} messages/s on average");
            Assert.True(failover <= 30, $"a feed due for its poll waited {failover:0.0} s for another worker after the kill");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"alerts {alerts.Count} (one worker, reports in another order: {reference.Alerted.Count}); alert deliveries {expected}, sent {Sent(api).Count} ({sentAtKill} before the kill), repeated {repeats} in {received.Count} chats; edits {api.Calls.Count(c => c.Method == "editMessageText" && c.Status == 200)}; {average:0.0} messages/s on average, peak {peak} in 1 s and {peak3} in 3 s, 429s {api.RateLimitedCount}; feeds polled again {repolled:0.0} s after the kill, at most {failover:0.0} s past due"));
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }
    }

    private static List<FakeBotApiCall> Sent(FakeBotApi api) => api.Calls.Where(c => c.Method == "sendMessage" && c.Status == 200).ToList();

    /// <summary>
    /// The most send and edit calls the fake received within any window of this length, ends included (calls this
    /// far apart count as in one window), wherever the window starts.
    /// </summary>
    private static List<FakeBotApiCall> BusiestWindow(FakeBotApi api, TimeSpan window)
    {
        var calls = api.Calls.Where(c => c.Method is "sendMessage" or "editMessageText").OrderBy(c => c.At).ToList();
        var best = (First: 0, Count: 0);
        for (int first = 0, last = 0; last < calls.Count; last++)
        {
            while (calls[last].At - calls[first].At > window)
            {
                first++;
            }

            if (last - first + 1 > best.Count)
            {
                best = (first, last - first + 1);
            }
        }

        return calls.GetRange(best.First, best.Count);
    }

    private static double AveragePerSecond(FakeBotApi api)
    {
        var times = api.Calls.Where(c => c.Method is "sendMessage" or "editMessageText").Select(c => c.At).Order().ToList();
        return (times.Count - 1) / (times[^1] - times[0]).TotalSeconds;
    }

    private static string Describe(List<FakeBotApiCall> calls) =>
        string.Join(", ", calls.Select(c => $"{(c.At - calls[0].At).TotalMilliseconds:0}ms {c.Method[..4]} {c.ChatId} {c.Status}"));

    private static int CityOf(string source) => int.Parse(source[(source.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);

    private Dictionary<string, string> Settings(int worker, FakeBotApi api, FeedServer feeds)
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["Alerts:Embeddings"] = "None",
            ["Storage:ConnectionString"] = _store.Options.ConnectionString!,
            ["Inbox:Path"] = _store.Folder.File($"inbox{worker}"),
            ["Telegram:BotToken"] = api.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Feeds:AllowPrivateAddresses"] = "true",
        };
        for (var outlet = 0; outlet < NewsCorpus.Outlets; outlet++)
        {
            settings[$"Feeds:Sources:{outlet}:Name"] = NewsCorpus.Outlet(outlet);
            settings[$"Feeds:Sources:{outlet}:Url"] = feeds.Url(NewsCorpus.FeedPath(outlet));
            settings[$"Feeds:Sources:{outlet}:IntervalSeconds"] = FeedInterval.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return settings;
    }

    /// <summary>Chats 1-50 follow nothing (every alert); the others follow two of the 40 cities each.</summary>
    private static async Task SubscribeAsync(Database database, IReadOnlyDictionary<int, long> placeIds)
    {
        var now = Iso.Format(DateTimeOffset.UtcNow);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        for (var chat = 1L; chat <= Subscribers; chat++)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO subscribers (chat_id, chat_type, active, subscribed_utc) VALUES (@chat, 'private', 1, @now);", new { chat, now }));
            if (chat <= FollowEverything)
            {
                continue;
            }

            foreach (var city in new[] { (int)(chat * 7 % 40), (int)((chat * 13 + 5) % 40) }.Distinct().Where(placeIds.ContainsKey))
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO follows (chat_id, geoname_id, name) VALUES (@chat, @id, @name) ON CONFLICT DO NOTHING;",
                    new { chat, id = placeIds[city], name = NewsCorpus.Cities[city] }));
            }
        }
    }

    /// <summary>The same 200 articles through one in-process pipeline (SQLite), in published order: which cities alert, and each city's place id.</summary>
    private static async Task<(HashSet<int> Alerted, Dictionary<int, long> PlaceIds)> ReferenceRunAsync(DateTimeOffset published)
    {
        using var folder = new TempDirectory();
        await using var services = TestServices.Build(folder.Path, TimeProvider.System, s => s.AddSingleton(new DetectionEngine(Gazetteer.LoadDefault())));
        var processor = services.GetRequiredService<ArticleProcessor>();
        var reports = Enumerable.Range(0, NewsCorpus.Outlets).Select(o => NewsCorpus.Reports(o, published)).ToList();
        for (var city = 0; city < NewsCorpus.Cities.Count; city++)
        {
            foreach (var outlet in reports)
            {
                await processor.ProcessAsync(outlet[city], CancellationToken.None);
            }
        }

        await using var connection = await services.GetRequiredService<Database>().OpenAsync(CancellationToken.None);
        var rows = (await connection.QueryAsync<(string Source, long IsAlert, long? GeonameId)>("""
            SELECT s.source, d.is_alert, p.geoname_id FROM developments d
            JOIN development_sources s ON s.development_id = d.id
            LEFT JOIN development_places p ON p.development_id = d.id;
            """)).ToList();
        return (
            rows.Where(r => r.IsAlert == 1).Select(r => CityOf(r.Source)).ToHashSet(),
            rows.Where(r => r.GeonameId is not null).GroupBy(r => CityOf(r.Source)).ToDictionary(g => g.Key, g => g.First().GeonameId!.Value));
    }

    private static async Task<long> ScalarAsync(Database database, string sql)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql));
    }

    public void Dispose() => _store.Dispose();
}
