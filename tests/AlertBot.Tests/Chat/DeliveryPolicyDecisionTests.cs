using AlertBot.Alerts;
using AlertBot.Alerts.Delivery;
using AlertBot.Chat;

namespace AlertBot.Tests.Chat;

public sealed class DeliveryPolicyDecisionTests
{
    private static readonly DateTimeOffset Noon = new(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(AlertLevel.Every, 1, 0.7, DeliveryAction.Send)]
    [InlineData(AlertLevel.Confirmed, 1, 0.9, DeliveryAction.Hold)]
    [InlineData(AlertLevel.Confirmed, 2, 0.7, DeliveryAction.Send)]
    [InlineData(AlertLevel.Major, 2, 0.7, DeliveryAction.Hold)]
    [InlineData(AlertLevel.Major, 1, 0.85, DeliveryAction.Send)]
    public void Decide_Level_SendsOrHolds(AlertLevel level, int outlets, double significance, DeliveryAction expected)
    {
        var settings = ChatSettings.Default with { Level = level };

        Assert.Equal(expected, DeliveryPolicy.Decide(settings, Alert(outlets, significance), Noon, 0.8).Action);
    }

    [Theory]
    // Paris is UTC+2 in July: 12:00 UTC is 14:00 there.
    [InlineData("Europe/Paris", 13 * 60, 15 * 60, QuietMode.Silent, DeliveryAction.SendSilently, null)]
    [InlineData("Europe/Paris", 13 * 60, 15 * 60, QuietMode.Wait, DeliveryAction.Defer, "2026-07-01T13:00:00Z")]
    [InlineData("Europe/Paris", 22 * 60, 7 * 60, QuietMode.Wait, DeliveryAction.Send, null)]
    [InlineData("America/New_York", 22 * 60, 9 * 60, QuietMode.Wait, DeliveryAction.Defer, "2026-07-01T13:00:00Z")]
    [InlineData("+05:30", 17 * 60, 18 * 60, QuietMode.Wait, DeliveryAction.Defer, "2026-07-01T12:30:00Z")]
    [InlineData("UTC", 11 * 60, 11 * 60 + 59, QuietMode.Wait, DeliveryAction.Send, null)]
    public void Decide_QuietHours_InTheChatsZoneAcrossMidnight(string zone, int from, int to, QuietMode mode, DeliveryAction expected, string? until)
    {
        var settings = ChatSettings.Default with { TimeZone = zone, QuietFrom = from, QuietTo = to, QuietMode = mode };

        var decision = DeliveryPolicy.Decide(settings, Alert(1, 0.7), Noon, 0.8);

        Assert.Equal(expected, decision.Action);
        Assert.Equal(until is null ? null : DateTimeOffset.Parse(until, System.Globalization.CultureInfo.InvariantCulture), decision.Until);
    }

    [Theory]
    [InlineData(new[] { "strike" }, new string[0], DeliveryAction.Send)]
    [InlineData(new[] { "war" }, new string[0], DeliveryAction.Hold)]
    [InlineData(new[] { "gdansk" }, new string[0], DeliveryAction.Send)]
    [InlineData(new string[0], new[] { "dock workers" }, DeliveryAction.Hold)]
    [InlineData(new[] { "strike" }, new[] { "port" }, DeliveryAction.Hold)]
    public void Decide_Keywords_WholeWordsPluralsAndAccentsForgiven(string[] include, string[] exclude, DeliveryAction expected)
    {
        var settings = ChatSettings.Default with { Include = include, Exclude = exclude };

        Assert.Equal(expected, DeliveryPolicy.Decide(settings, Alert(1, 0.7), Noon, 0.8).Action);
    }

    [Fact]
    public void Decide_Paused_SkippedWhateverElse() =>
        Assert.Equal(DeliveryAction.Skip, DeliveryPolicy.Decide(ChatSettings.Default with { Paused = true }, Alert(3, 0.95), Noon, 0.8).Action);

    [Theory]
    [InlineData("Europe/Paris", true, "Europe/Paris")]
    [InlineData("utc+2", true, "+02:00")]
    [InlineData("-3", true, "-03:00")]
    [InlineData("+5:30", true, "+05:30")]
    [InlineData("Mars/Olympus", false, "")]
    [InlineData("+15", false, "")]
    public void TryParse_TimeZone_NamesAndOffsets(string text, bool ok, string stored)
    {
        Assert.Equal(ok, ChatTimeZone.TryParse(text, out var result));
        Assert.Equal(stored, result);
    }

    private static AlertView Alert(int outlets, double significance) => new(
        1,
        "Dock workers strikes shut Gdańsk port",
        "Workers walked out at dawn.",
        "Stated",
        outlets,
        Noon,
        Noon,
        significance,
        [new AlertPlace(3099434, "Gdańsk", "PL", 54.35, 18.65)],
        Enumerable.Range(1, outlets).Select(i => new AlertSource($"s{i}", $"Outlet{i}", $"https://o{i}.example/a", [])).ToList());
}
