using AlertBot.Telegram.Receiving;
using Microsoft.Extensions.Time.Testing;

namespace AlertBot.Tests.Telegram;

public sealed class TelegramBotIdentityTests
{
    [Theory]
    [InlineData("alert_bot", "/city Homs", true)]
    [InlineData("alert_bot", "/city@alert_bot Homs", true)]
    [InlineData("alert_bot", "/city@Alert_Bot", true)]
    [InlineData("alert_bot", "/city@other_bot Homs", false)]
    [InlineData("alert_bot", "  /latest@other_bot", false)]
    [InlineData(null, "/city@other_bot Homs", true)]
    public void IsAddressedToMe_Command_OnlyOtherBotsMentionsRejected(string? username, string text, bool expected)
    {
        var identity = new TelegramBotIdentity { Username = username };

        Assert.Equal(expected, identity.IsAddressedToMe(text));
    }

    [Theory]
    [InlineData("/city@other_bot Homs", true)]
    [InlineData("  /latest@alert_bot", true)]
    [InlineData("/city Homs", false)]
    [InlineData("/city mail@example.org", false)]
    [InlineData("hello @someone", false)]
    public void MentionsABot_CommandText_OnlyAMentionInTheCommandCounts(string text, bool expected)
    {
        Assert.Equal(expected, TelegramBotIdentity.MentionsABot(text));
    }

    [Fact]
    public async Task WhenKnownAsync_NameArrivesWhileWaiting_CompletesWithIt()
    {
        var identity = new TelegramBotIdentity();
        var waiting = identity.WhenKnownAsync(TimeSpan.FromSeconds(30), new FakeTimeProvider(), CancellationToken.None);

        Assert.False(waiting.IsCompleted);
        identity.Username = "alert_bot";

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(identity.IsAddressedToMe("/city@other_bot Homs"));
    }

    [Fact]
    public async Task WhenKnownAsync_NameNeverArrives_GivesUpAfterItsPatience()
    {
        var clock = new FakeTimeProvider();
        var identity = new TelegramBotIdentity();
        var waiting = identity.WhenKnownAsync(TimeSpan.FromSeconds(30), clock, CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
