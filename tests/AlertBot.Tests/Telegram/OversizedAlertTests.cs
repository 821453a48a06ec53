using AlertBot.Alerts;
using AlertBot.Chat;
using AlertBot.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using AlertBot.Telegram.Formatting;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Tests.Telegram;

/// <summary>One oversized field must not make an alert undeliverable or break /latest and /city for everyone.</summary>
public sealed class OversizedAlertTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();

    [Fact]
    public void IncomingArticle_OversizedFields_BoundedWhereStored()
    {
        var huge = new string('x', 50_000);

        var article = new IncomingArticle(huge, huge, huge, huge + "\n" + huge + huge + huge + huge, "https://e.example/" + huge, Monday);
        var edited = article with { Outlet = huge, Url = "https://e.example/" + huge };

        Assert.InRange(article.Source.Length, 1, IncomingArticle.MaxSourceChars);
        Assert.InRange(article.Outlet.Length, 1, IncomingArticle.MaxOutletChars);
        Assert.InRange(article.Title.Length, 1, IncomingArticle.MaxTitleChars);
        Assert.InRange(article.Body.Length, 1, IncomingArticle.MaxBodyChars);
        Assert.Null(article.Url);
        Assert.InRange(edited.Outlet.Length, 1, IncomingArticle.MaxOutletChars);
        Assert.Null(edited.Url);
    }

    [Fact]
    public void Pack_BlockOverLimit_SplitsInsteadOfThrowing()
    {
        var block = "<b>" + TelegramHtml.Escape(string.Concat(Enumerable.Repeat("A long & winding sentence. ", 400))) + "</b>";

        var parts = MessageSplitter.Pack(["Intro", block, "Outro"]);

        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, MessageSplitter.TelegramLimit));
        Assert.Contains("A long &amp; winding sentence.", parts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Format_SourcesWithHugeOutletsAndLinks_FitsOneMessage()
    {
        var sources = Enumerable.Range(1, 8)
            .Select(i => new AlertSource($"s{i}", $"Outlet {i} " + new string('o', 5_000), "https://e.example/" + new string('p', 1_900), []))
            .ToList();
        var alert = new AlertView(1, "Rebels take Homs", new string('s', 3_000), "Confirmed", 8, Monday, Monday, 0.9, [], sources);

        var message = AlertFormatter.Format(alert).Html;
        var compact = AlertFormatter.Compact(alert);

        Assert.InRange(message.Length, 1, MessageSplitter.TelegramLimit);
        Assert.InRange(compact.Length, 1, MessageSplitter.TelegramLimit);
        Assert.StartsWith("🔴 <b>Rebels take Homs</b>", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LatestAndCity_OversizedAlertListed_StillAnswer()
    {
        await using var services = TestServices.Build(_temp.Path, new FakeTimeProvider(Monday.AddHours(1)));
        var huge = new string('x', 5_000);
        await services.GetRequiredService<ArticleProcessor>().ProcessAsync(new IncomingArticle(
            "feed/" + huge, huge, "Explosion hits Kharkiv power station",
            "A large explosion hit the main power station in Kharkiv on Monday, killing three workers, the governor said.",
            "https://e.example/" + huge[..1_500], Monday), CancellationToken.None);
        var commands = services.GetRequiredService<CommandHandler>();

        var latest = await commands.HandleAsync(new ChatRequest(1, "private", null, "/latest"), CancellationToken.None);
        var city = await commands.HandleAsync(new ChatRequest(1, "private", null, "/city Kharkiv"), CancellationToken.None);

        Assert.NotEmpty(latest.Alerts);
        Assert.NotEmpty(city.Alerts);
        foreach (var reply in new[] { latest, city })
        {
            Assert.All(ReplyFormatter.Format(reply), m => Assert.InRange(m.Html.Length, 1, MessageSplitter.TelegramLimit));
            Assert.All(reply.Alerts, a => Assert.InRange(AlertFormatter.Format(a).Html.Length, 1, MessageSplitter.TelegramLimit));
        }
    }

    public void Dispose() => _temp.Dispose();
}
