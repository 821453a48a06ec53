using AlertBot.Alerts;
using AlertBot.Alerts.Delivery;
using AlertBot.Chat;
using AlertBot.Chat.Console;
using AlertBot.Storage;
using AlertBot.Tests.Ingestion.Feeds.Support;
using AlertBot.Tests.Telegram;
using AlertBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Tests.Chat;

public sealed class ConsoleChatTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task ConsolePrompt_LatestAndCityCommands_AnswerFromTheStoreAndStopUnsubscribes()
    {
        await using var services = TestServices.Build(_temp.Path, new FakeTimeProvider(Monday));
        await Ingest(services, "one.txt", "Explosion hits Kharkiv power station", "A large explosion hit the main power station in Kharkiv on Monday, killing three workers, officials said.");
        await Ingest(services, "two.txt", "Ferry sinks off Odesa", "A passenger ferry sank off Odesa on Monday and at least ten people were killed, the coast guard said.");
        var output = new StringWriter();
        var input = new StringReader("/latest\n/city Kharkov\n/city Atlantis\n/nonsense\n");
        var chat = new ConsoleChat(
            services.GetRequiredService<CommandHandler>(),
            services.GetRequiredService<SubscriberStore>(),
            ActivatorUtilities.CreateInstance<DeliveryStore>(services),
            new ConsoleChatTransport(output),
            input,
            TimeProvider.System,
            NullLogger<ConsoleChat>.Instance);

        await chat.StartAsync(CancellationToken.None);
        await chat.ExecuteTask!;

        var text = output.ToString();
        var latestStart = text.IndexOf("The latest ", StringComparison.Ordinal);
        var cityStart = text.IndexOf(" in Kharkiv, UA", StringComparison.Ordinal);
        var unknownStart = text.IndexOf("Atlantis", StringComparison.Ordinal);
        Assert.True(latestStart >= 0 && cityStart > latestStart && unknownStart > cityStart, text);
        var latest = text[latestStart..cityStart];
        Assert.Contains("Odesa", latest, StringComparison.Ordinal);
        Assert.Contains("Kharkiv", latest, StringComparison.Ordinal);
        var city = text[cityStart..unknownStart];
        Assert.Contains("power station", city, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ferry", city, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("I don't know a place called \"Atlantis\"", text, StringComparison.Ordinal);
        Assert.Contains("I don't know /nonsense", text, StringComparison.Ordinal);
        Assert.True(await services.GetRequiredService<SubscriberStore>().IsActiveAsync(ConsoleChatTransport.ChatId, CancellationToken.None));
        await chat.StopAsync(CancellationToken.None);
        Assert.False(await services.GetRequiredService<SubscriberStore>().IsActiveAsync(ConsoleChatTransport.ChatId, CancellationToken.None));
    }

    [Fact]
    public async Task ExecuteAsync_StoreFileGoneAtStart_LogsOnceKeepsTryingAndSubscribesWhenItIsBack()
    {
        var clock = new FakeTimeProvider(Monday);
        await using var services = TestServices.Build(_temp.Path, clock);
        var database = services.GetRequiredService<Database>();
        await database.MigrateAsync(CancellationToken.None);
        var aside = database.Path + ".aside";
        File.Move(database.Path, aside);
        SqliteConnection.ClearAllPools();
        var logger = new ListLogger<ConsoleChat>();
        var chat = new ConsoleChat(
            services.GetRequiredService<CommandHandler>(),
            services.GetRequiredService<SubscriberStore>(),
            ActivatorUtilities.CreateInstance<DeliveryStore>(services),
            new ConsoleChatTransport(new StringWriter()),
            new StringReader(""),
            clock,
            logger);

        await chat.StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => logger.AtLeast(LogLevel.Warning).Count > 0, "the failed subscription logged");
        clock.Advance(ConsoleChat.RetryDelay);
        clock.Advance(ConsoleChat.RetryDelay);
        File.Move(aside, database.Path);
        var subscribers = services.GetRequiredService<SubscriberStore>();
        await Eventually.TrueAsync(
            async () =>
            {
                clock.Advance(ConsoleChat.RetryDelay);
                return await subscribers.IsActiveAsync(ConsoleChatTransport.ChatId, CancellationToken.None);
            },
            "the console chat subscribed once the file was back");

        Assert.False(chat.ExecuteTask!.IsFaulted);
        Assert.Single(logger.AtLeast(LogLevel.Warning));
        await chat.StopAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("/city Kharkiv", "city", "Kharkiv")]
    [InlineData("/city@AlertBot  Deir ez-Zor ", "city", "Deir ez-Zor")]
    [InlineData("/LATEST 3", "latest", "3")]
    [InlineData("/help", "help", "")]
    [InlineData("Kharkiv", null, "Kharkiv")]
    public void Parse_CommandText_SplitsCommandAndArgument(string text, string? command, string argument)
    {
        Assert.Equal((command, argument), CommandHandler.Parse(text));
    }

    [Theory]
    [InlineData("/latest 0")]
    [InlineData("/latest x")]
    public async Task HandleAsync_LatestWithBadNumber_ExplainsTheRange(string text)
    {
        await using var services = TestServices.Build(_temp.Path, new FakeTimeProvider(Monday));

        var reply = await services.GetRequiredService<CommandHandler>().HandleAsync(new ChatRequest(1, "private", null, text), CancellationToken.None);

        Assert.Contains("number from 1 to", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_FollowThenStop_ForgetsTheChat()
    {
        await using var services = TestServices.Build(_temp.Path, new FakeTimeProvider(Monday));
        var handler = services.GetRequiredService<CommandHandler>();
        var subscribers = services.GetRequiredService<SubscriberStore>();

        await handler.HandleAsync(new ChatRequest(7, "private", null, "/start"), CancellationToken.None);
        var follow = await handler.HandleAsync(new ChatRequest(7, "private", null, "/follow Kiev"), CancellationToken.None);
        var following = await subscribers.FollowingAsync(7, CancellationToken.None);
        await handler.HandleAsync(new ChatRequest(7, "private", null, "/stop"), CancellationToken.None);

        Assert.Contains("Following Kyiv, UA", follow.Text, StringComparison.Ordinal);
        Assert.Equal([(TestPlaces.Kyiv.GeonameId, "Kyiv, UA")], following.Select(f => ((int)f.GeonameId, f.Name)));
        Assert.False(await subscribers.IsActiveAsync(7, CancellationToken.None));
        Assert.Empty(await subscribers.FollowingAsync(7, CancellationToken.None));
    }

    [Theory]
    [InlineData("/level confirmed", "Alerts: confirmed only", "[✓ Confirmed only: /level confirmed]")]
    [InlineData("/quiet 23:00-06:30", "Quiet hours: 23:00-06:30, alerts arrive silently", "[No quiet hours: /quiet off]")]
    [InlineData("/timezone +05:30", "Time zone: +05:30", "[✓ Every alert: /level every]")]
    [InlineData("/exclude Football", "never alerts mentioning football", "[Clear keywords: /keywords clear]")]
    [InlineData("/pause", "Status: paused", "[▶️ Resume alerts: /resume]")]
    public async Task SettingsCommands_OnTheConsole_SameChoicesAsTheButtonsPrintedWithTheMenu(string command, string shown, string button)
    {
        await using var services = TestServices.Build(_temp.Path, new FakeTimeProvider(Monday));
        var output = new StringWriter();
        var handler = services.GetRequiredService<CommandHandler>();
        await services.GetRequiredService<SubscriberStore>().SubscribeAsync(ConsoleChatTransport.ChatId, "console", "console", CancellationToken.None);

        var reply = await handler.HandleAsync(new ChatRequest(ConsoleChatTransport.ChatId, "console", "console", command, IsAdmin: true), CancellationToken.None);
        await new ConsoleChatTransport(output).SendReplyAsync(ConsoleChatTransport.ChatId, reply, CancellationToken.None);

        Assert.Contains(shown, output.ToString(), StringComparison.Ordinal);
        Assert.Contains(button, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsCommands_ChatNotSubscribed_SaysSoAndChangesNothing()
    {
        await using var services = TestServices.Build(_temp.Path, new FakeTimeProvider(Monday));

        var reply = await services.GetRequiredService<CommandHandler>().HandleAsync(new ChatRequest(8, "private", null, "/level major"), CancellationToken.None);

        Assert.Equal(SettingsCommands.NotSubscribed, reply.Text);
        Assert.Null(await services.GetRequiredService<ChatSettingsStore>().GetAsync(8, CancellationToken.None));
    }

    private static Task<ArticleOutcome> Ingest(ServiceProvider services, string source, string title, string body) =>
        services.GetRequiredService<ArticleProcessor>().ProcessAsync(new IncomingArticle(source, "wire", title, body, null, Monday), CancellationToken.None);

    public void Dispose() => _temp.Dispose();
}
