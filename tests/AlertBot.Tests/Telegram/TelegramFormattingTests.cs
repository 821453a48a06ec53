using System.Text;
using AlertBot.Alerts;
using AlertBot.Chat;
using AlertBot.Telegram.Formatting;

namespace AlertBot.Tests.Telegram;

public sealed class TelegramFormattingTests
{
    [Theory]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("say \"hi\"", "say &quot;hi&quot;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("", "")]
    public void Escape_ArticleText_EscapesMarkupCharacters(string text, string expected) =>
        Assert.Equal(expected, TelegramHtml.Escape(text));

    [Theory]
    [InlineData("https://news.example/a?b=1&c=\"2\"", "<a href=\"https://news.example/a?b=1&amp;c=%222%22\">Outlet</a>")]
    [InlineData("javascript:alert(1)", "Outlet")]
    [InlineData(null, "Outlet")]
    public void Link_Url_OnlyHttpBecomesALink(string? url, string expected) =>
        Assert.Equal(expected, TelegramHtml.Link("Outlet", url));

    [Fact]
    public void Format_HostileArticleText_EveryPieceEscaped()
    {
        var alert = Alert("Rebels <script>x</script> & co take city", "Summary with <b>tags</b> & ampersands.", ("Outlet <i>", "https://n.example/1"));

        var html = AlertFormatter.Format(alert).Html;

        Assert.Contains("&lt;script&gt;x&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;tags&lt;/b&gt; &amp; ampersands", html, StringComparison.Ordinal);
        Assert.Contains(">Outlet &lt;i&gt;</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_MergedFromThreeOutlets_SaysConfirmedByThree()
    {
        var alert = Alert("Headline", "Summary.", ("A", "https://a.example/1"), ("B", "https://b.example/1"), ("C", null));

        var html = AlertFormatter.Format(alert).Html;

        Assert.Contains("Confirmed by 3 outlets", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://a.example/1\">A</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_PlacedAlert_ButtonsCarryCommandsWithinSixtyFourBytes()
    {
        var longName = new string('Ж', 40);
        var alert = Alert("H", "S.", ("A", null)) with
        {
            Places = [new AlertPlace(1, "Townville", "XX", 1, 2), new AlertPlace(2, longName, "YY", 3, 4)],
        };

        var keyboard = AlertFormatter.Format(alert).Keyboard!;

        var all = keyboard.InlineKeyboard.SelectMany(r => r).ToList();
        Assert.Contains(all, b => b.CallbackData == "/city 1" && b.Text == "More on Townville");
        Assert.Contains(all, b => b.CallbackData == "/follow 1");
        Assert.Contains(all, b => b.CallbackData == "/follow 2" && b.Text == "Follow " + longName);
        Assert.All(all, b => Assert.True(Encoding.UTF8.GetByteCount(b.CallbackData!) <= 64));
    }

    [Fact]
    public void Format_HugeSummary_StaysWithinOneMessage()
    {
        var summary = string.Concat(Enumerable.Repeat("A very long sentence about events & more. ", 400));
        var sources = Enumerable.Range(0, 50).Select(i => ($"Outlet{i}", (string?)$"https://o{i}.example/story")).ToArray();

        var html = AlertFormatter.Format(Alert("H", summary, sources)).Html;

        Assert.InRange(html.Length, 1, MessageSplitter.TelegramLimit);
        Assert.Contains("and 42 more", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_InboxFilesAndTrackingLinks_NamesOutletsNeverInboxAndCleansLinks()
    {
        var alert = Alert("H", "S.",
            ("inbox", "https://www.reuters.com/world/story?utm_source=rss&id=7&fbclid=abc"),
            ("BBC News", "https://bbc.example/a?at_medium=RSS"),
            ("inbox", null));

        var html = AlertFormatter.Format(alert).Html;

        Assert.DoesNotContain("inbox", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"https://www.reuters.com/world/story?id=7\">reuters.com</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://bbc.example/a\">BBC News</a>", html, StringComparison.Ordinal);
        Assert.Contains("and 1 more", html, StringComparison.Ordinal);
        Assert.DoesNotContain("utm_", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_SingleOutlet_FirstReportedWithYearAndUtcAndNotYetConfirmed()
    {
        var alert = Alert("H", "S.", ("Reuters", "https://r.example/1")) with { FirstSeen = new DateTimeOffset(2024, 12, 8, 7, 9, 0, TimeSpan.Zero) };

        var html = AlertFormatter.Format(alert).Html;

        Assert.Contains("First reported 8 Dec 2024 07:09 UTC", html, StringComparison.Ordinal);
        Assert.Contains("Reported by <a href=\"https://r.example/1\">Reuters</a>; not yet confirmed", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Confirmed", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_SecondOutletJoinedLater_SaysWhenItWasConfirmed()
    {
        var first = new DateTimeOffset(2024, 12, 8, 7, 9, 0, TimeSpan.Zero);
        var alert = Alert("H", "S.", ("Reuters", "https://r.example/1"), ("AP", "https://ap.example/1")) with { FirstSeen = first };
        alert = alert with { Sources = [alert.Sources[0] with { Seen = first }, alert.Sources[1] with { Seen = first.AddMinutes(41) }] };

        var html = AlertFormatter.Format(alert).Html;

        Assert.Contains("Confirmed by 2 outlets: <a href=\"https://r.example/1\">Reuters</a> and <a href=\"https://ap.example/1\">AP</a>", html, StringComparison.Ordinal);
        Assert.Contains("Confirmed 8 Dec 2024 07:50 UTC", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitPlain_LongText_CutsAtSentenceBoundariesUnderTheLimit()
    {
        var sentences = Enumerable.Range(0, 300).Select(i => $"Sentence number {i} says <something> & more.").ToList();
        var text = string.Join(' ', sentences);

        var blocks = MessageSplitter.SplitPlain(text);

        Assert.True(blocks.Count > 1);
        Assert.All(blocks, b => Assert.InRange(b.Length, 1, MessageSplitter.TelegramLimit));
        Assert.All(blocks, b => Assert.EndsWith("more.", b, StringComparison.Ordinal));
        var rejoined = string.Join(' ', blocks).Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.Equal(text, rejoined);
    }

    [Fact]
    public void SplitPlain_OneEndlessWord_HardCutUnderTheLimit()
    {
        var blocks = MessageSplitter.SplitPlain(new string('&', 10_000));

        Assert.All(blocks, b => Assert.InRange(b.Length, 1, MessageSplitter.TelegramLimit));
        Assert.Equal(10_000, blocks.Sum(b => b.Length / 5));
    }

    [Fact]
    public void Format_ReplyWithManyAlerts_SplitsAndPutsButtonsOnTheLastPart()
    {
        var alerts = Enumerable.Range(0, 60).Select(i => Alert($"Headline {i} " + new string('x', 80), "S.", ("Outlet", "https://o.example/" + i))).ToList();
        var reply = new ChatReply("The latest alerts:", alerts, [new ReplyButton("Townville", "/city Townville")]);

        var parts = ReplyFormatter.Format(reply);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(p.Html.Length, 1, MessageSplitter.TelegramLimit));
        Assert.All(parts.SkipLast(1), p => Assert.Null(p.Keyboard));
        Assert.Equal("/city Townville", parts[^1].Keyboard!.InlineKeyboard.First().First().CallbackData);
        Assert.Equal(60, parts.Sum(p => p.Html.Split("• ").Length - 1));
    }

    [Theory]
    [InlineData("/city Townville, XX", "/city Townville, XX")]
    [InlineData("/city ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ", null)]
    public void For_Command_FitsSixtyFourBytesOrIsDropped(string command, string? expected) =>
        Assert.Equal(expected, CallbackData.For(command));

    [Fact]
    public void Format_OneOutletReportingTwice_NotConfirmed()
    {
        var alert = Alert("H", "S.", ("Al Jazeera", "https://aljazeera.example/1"), ("Al Jazeera", "https://aljazeera.example/2"));

        var html = AlertFormatter.Format(alert).Html;

        Assert.False(alert.IsConfirmed);
        Assert.StartsWith("🔴", html, StringComparison.Ordinal);
        Assert.Contains("📰 Reported by <a href=\"https://aljazeera.example/1\">Al Jazeera</a>; not yet confirmed", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_MenuButtonsSharingARow_SitSideBySide()
    {
        var reply = new ChatReply("Settings", [], [new ReplyButton("A", "/level every", "level"), new ReplyButton("B", "/level major", "level"), new ReplyButton("C", "/pause")]);

        var keyboard = ReplyFormatter.Format(reply)[0].Keyboard!;

        Assert.Equal([2, 1], keyboard.InlineKeyboard.Select(r => r.Count()));
    }

    internal static AlertView Alert(string headline, string summary, params (string Outlet, string? Url)[] sources) =>
        new(
            1,
            headline,
            summary,
            "Stated",
            sources.Length,
            new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero),
            0.9,
            [],
            sources.Select(s => new AlertSource(s.Outlet + "-src", s.Outlet, s.Url, ["evidence"])).ToList());
}
