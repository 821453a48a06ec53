using System.Globalization;
using AlertBot.Tests.Fakes;
using AlertBot.Tests.Ingestion.Feeds.Support;

namespace AlertBot.Soak;

/// <summary>One soak: servers up, the worker run, killed and restarted at random under steady news and hostile input, then measured.</summary>
internal sealed class SoakRun(SoakOptions options)
{
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(60);

    public async Task<int> RunAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "alertbot-soak-" + Guid.NewGuid().ToString("N")[..8]);
        var inbox = Path.Combine(folder, "inbox");
        var database = Path.Combine(folder, "data", "alertbot.db");
        Directory.CreateDirectory(inbox);
        var random = new Random(options.Seed);
        await using var feedServer = await FeedServer.StartAsync();
        await using var bot = await FakeBotApi.StartAsync();
        var feeds = new NewsFeeds(feedServer, random);
        feeds.Map();
        for (var chat = 1; chat <= options.Chats; chat++)
        {
            bot.UserSends(chat, "/start");
        }

        await using var log = new StreamWriter(Path.Combine(folder, "worker.log"));
        using var worker = new Worker(folder, WorkerArgs(inbox, database, feedServer, bot), log);
        var hostile = new HostileInbox(inbox, Path.Combine(folder, "outside"));
        using var stopping = new CancellationTokenSource();
        Say($"soak: {options.Minutes} min, {options.Chats} chats, seed {options.Seed}, folder {folder}");

        worker.Start();
        var started = DateTimeOffset.UtcNow;
        var end = started + TimeSpan.FromMinutes(options.Minutes);
        var nextKill = started + KillDelay(random);
        var nextPublish = started + TimeSpan.FromSeconds(15);
        var nextInbox = started + TimeSpan.FromSeconds(20);
        var nextHostile = started + TimeSpan.FromSeconds(30);
        var kills = 0;
        while (DateTimeOffset.UtcNow < end)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var now = DateTimeOffset.UtcNow;
            worker.Sample();
            feeds.Release(now);
            if (now >= nextPublish)
            {
                feeds.Publish(now);
                nextPublish = now + TimeSpan.FromSeconds(8 + random.Next(8));
            }

            if (now >= nextInbox)
            {
                await File.WriteAllTextAsync(Path.Combine(inbox, $"inbox-{now.ToUnixTimeSeconds()}.txt"), feeds.InboxArticle());
                nextInbox = now + TimeSpan.FromSeconds(25 + random.Next(20));
            }

            if (now >= nextHostile && hostile.DropNext(stopping.Token))
            {
                Say($"  {Elapsed(started)} hostile: {hostile.Dropped[^1]}");
                nextHostile = now + TimeSpan.FromSeconds(40);
            }

            if (now >= nextKill && now < end - TimeSpan.FromSeconds(30))
            {
                worker.Kill();
                kills++;
                Say($"  {Elapsed(started)} SIGKILL {kills}, restarting");
                worker.Start();
                nextKill = now + KillDelay(random);
            }
        }

        await stopping.CancelAsync();
        feeds.Release(DateTimeOffset.MaxValue);
        Say($"  {Elapsed(started)} news stops; waiting for the last items to be read and the outbox to drain");
        var report = new SoakReport(database, bot);
        await Task.Delay(TimeSpan.FromSeconds(75));
        var drainUntil = DateTimeOffset.UtcNow + DrainLimit;
        while (await report.PendingAsync() > 0 && DateTimeOffset.UtcNow < drainUntil)
        {
            worker.Sample();
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        // Idle: nothing new to read or send; the worker should sleep between feed polls and inbox events.
        await Task.Delay(TimeSpan.FromSeconds(10));
        var before = worker.CpuTicks();
        await Task.Delay(IdleWindow);
        var idleCpu = (worker.CpuTicks() - before) / 100.0 / IdleWindow.TotalSeconds * 100;
        worker.Sample();
        var stopped = await worker.TerminateAsync(TimeSpan.FromSeconds(30));

        var figures = await report.FiguresAsync(kills);
        Say($"soak: {options.Minutes} min, {worker.Starts} runs, {kills} kills (SIGKILL), {options.Chats} chats, {feeds.Developments} developments published");
        Say($"  articles in:          {figures.Articles}");
        Say($"  alerts made:          {figures.Alerts}");
        Say($"  deliveries expected:  {figures.Expected}  sent: {figures.Sent}  lost: {figures.Lost}  duplicated: {figures.Duplicated} (worst chat: {figures.WorstChatRepeats} repeats over {kills} kills)");
        Say($"  peak RSS:             {worker.PeakRssKb / 1024.0:0} MB");
        Say($"  idle CPU:             {idleCpu:0.00}% of a core ({IdleWindow.TotalSeconds:0} s after the outbox drained)");
        Say($"  SIGTERM:              {(stopped ? "stopped" : "did NOT stop within 30 s")}");
        Say($"  hostile inputs:       {string.Join("; ", hostile.Dropped)}; feed items with malformed dates, 5 items sharing a guid, 5,000-character fields; a feed answering 500 or garbage; Bot API 429s");
        Say($"  quarantined:          {string.Join(", ", Quarantined(inbox))}");

        var met = figures.Lost == 0 && figures.WorstChatRepeats <= Math.Max(kills, 0) && idleCpu < 1 && worker.PeakRssKb < 300 * 1024 && stopped;
        Say(met ? "soak: all targets met" : "soak: TARGETS MISSED (0 lost, <= 1 repeat per chat per kill, idle CPU < 1%, peak RSS < 300 MB, SIGTERM stops)");
        if (!options.Keep)
        {
            TryDelete(folder);
        }

        return met ? 0 : 1;
    }

    private static List<string> WorkerArgs(string inbox, string database, FeedServer feeds, FakeBotApi bot)
    {
        var args = new List<string>
        {
            "--inbox", inbox, "--db", database,
            $"--Telegram:BotToken={FakeBotApi.DefaultToken}", $"--Telegram:ApiBaseUrl={bot.BaseUrl}",
            "--Feeds:AllowPrivateAddresses=true",
        };
        var sources = NewsFeeds.Outlets.Append("odd").Append("broken").ToList();
        for (var i = 0; i < sources.Count; i++)
        {
            args.Add($"--Feeds:Sources:{i}:Name={sources[i]}");
            args.Add($"--Feeds:Sources:{i}:Url={feeds.Url("/" + sources[i])}");
            args.Add($"--Feeds:Sources:{i}:IntervalSeconds=30");
        }

        return args;
    }

    private static TimeSpan KillDelay(Random random) => TimeSpan.FromSeconds(40 + random.Next(60));

    private static string Elapsed(DateTimeOffset started) =>
        (DateTimeOffset.UtcNow - started).ToString(@"mm\:ss", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Quarantined(string inbox)
    {
        var failed = Path.Combine(inbox, ".failed");
        return Directory.Exists(failed) ? Directory.EnumerateFiles(failed).Where(f => !f.EndsWith(".reason", StringComparison.Ordinal)).Select(Path.GetFileName).OfType<string>() : [];
    }

    private static void Say(string line) => Console.WriteLine(line);

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
