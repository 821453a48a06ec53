using AlertBot.Detection.Merging;

namespace AlertBot.Detection.Tests.Merging;

/// <summary>Entity-led matching: rare names decide, common ones ("police", "president") do not.</summary>
public sealed class RarityMatchingTests
{
    private static readonly string[] Common =
        ["^police", "^president", "bank", "city", "shoot", "arrest", "gunman", "rehab", "clinic", "check", "actress", "rebel", "control", "fled", "plane", "capital"];

    [Fact]
    public void IsSame_SameStoryLedWithDifferentVerbs_IsSameOnceNamesAreKnownRare()
    {
        var arrested = new DevelopmentKey(EventAction.Arrested, null, [], Words("^quentworth", "arrest", "bank", "^police", 20, "a"));
        var killed = new DevelopmentKey(EventAction.Killed, null, [], Words("^quentworth", "shoot", "bank", "gunman", 20, "b"));
        var rarity = TermRarityTests.Warm([.. Common, .. arrested.Tokens.Concat(killed.Tokens).Where(t => t[0] != '^')]);

        Assert.False(DevelopmentMatcher.IsSame(arrested, killed), $"plain {DevelopmentMatcher.Similarity(arrested, killed)}");
        Assert.True(DevelopmentMatcher.IsSame(arrested, killed, rarity), $"rare {DevelopmentMatcher.Similarity(arrested, killed, rarity)}");
    }

    [Fact]
    public void IsSame_SameKindOfEventOtherPeople_IsNotSameOnceNamesAreKnownRare()
    {
        var one = new DevelopmentKey(EventAction.Admitted, null, [], ["^quentworth", "actress", "check", "clinic", "rehab"]);
        var other = new DevelopmentKey(EventAction.Admitted, null, [], ["^delmorra", "actress", "check", "clinic", "rehab"]);
        var rarity = TermRarityTests.Warm(Common);

        Assert.True(DevelopmentMatcher.IsSame(one, other), $"plain {DevelopmentMatcher.Similarity(one, other)}");
        Assert.False(DevelopmentMatcher.IsSame(one, other, rarity), $"rare {DevelopmentMatcher.Similarity(one, other, rarity)}");
    }

    [Fact]
    public void IsSame_OtherDevelopmentSharingACommonName_StaysApart()
    {
        var fled = new DevelopmentKey(EventAction.Fled, null, [7], Words("^president", "fled", "capital", "plane", 30, "f"));
        var taken = new DevelopmentKey(EventAction.TookControl, null, [7], Words("^president", "control", "capital", "rebel", 30, "t"));
        var rarity = TermRarityTests.Warm(Common);

        Assert.Equal(0, DevelopmentMatcher.NameAgreement(fled.Tokens, taken.Tokens, rarity));
        Assert.False(DevelopmentMatcher.IsSame(fled, taken), $"plain {DevelopmentMatcher.Similarity(fled, taken)}");
        Assert.False(DevelopmentMatcher.IsSame(fled, taken, rarity), $"rare {DevelopmentMatcher.Similarity(fled, taken, rarity)}");
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void Rank_MainStories_PreferredOverSideDetails(bool incomingMain, bool storedMain, bool preferred)
    {
        var incoming = new DevelopmentKey(EventAction.Killed, null, [], incomingMain ? ["+lead", "kill"] : ["kill"]);
        var stored = new DevelopmentKey(EventAction.Killed, null, [], storedMain ? ["+lead", "kill"] : ["kill"]);

        Assert.Equal(preferred, DevelopmentMatcher.Rank(incoming, stored, 0.5) > 0.5);
    }

    private static List<string> Words(string name, string verb, string shared, string other, int count, string prefix) =>
        [name, verb, shared, other, .. Enumerable.Range(0, count).Select(i => $"{prefix}word{i}")];
}
