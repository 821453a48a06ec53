using AlertBot.Detection.Merging;

namespace AlertBot.Detection.Tests.Merging;

public sealed class TermRarityTests
{
    [Fact]
    public void Weight_FewArticlesSeen_EveryWordWeighsOne()
    {
        var rarity = new TermRarity();
        rarity.Observe([new DevelopmentKey(EventAction.Killed, null, [], ["^police", "kill"])]);

        Assert.False(rarity.IsWarm);
        Assert.Equal(1, rarity.Weight("police"));
        Assert.Equal(1, rarity.Weight("quentworth"));
    }

    [Fact]
    public void Weight_WarmTable_RareNameOutweighsCommonOne()
    {
        var rarity = Warm(["^police", "^president", "kill"]);
        rarity.Observe([new DevelopmentKey(EventAction.Arrested, null, [], ["^quentworth", "^police", "arrest"])]);

        Assert.True(rarity.IsWarm);
        Assert.True(rarity.Weight("quentworth") > 10 * rarity.Weight("police"));
        Assert.True(rarity.IsRare("quentworth"));
        Assert.False(rarity.IsRare("president"));
    }

    [Fact]
    public void Observe_OneArticleRepeatingAWord_CountsItOnce()
    {
        var rarity = Warm(["filler"]);
        var before = rarity.Weight("quentworth");
        rarity.Observe([
            new DevelopmentKey(EventAction.Arrested, null, [], ["^quentworth"]),
            new DevelopmentKey(EventAction.Charged, null, [], ["+^quentworth"]),
        ]);
        var once = rarity.Weight("quentworth");
        rarity.Observe([new DevelopmentKey(EventAction.Charged, null, [], ["quentworth"])]);

        Assert.True(once < before);
        Assert.True(rarity.Weight("quentworth") < once);
        Assert.Equal(TermRarity.MinDocuments + 2, rarity.Documents);
    }

    /// <summary>A table past its warm-up, every article carrying the given tokens.</summary>
    internal static TermRarity Warm(IReadOnlyList<string> everywhere)
    {
        var rarity = new TermRarity();
        for (var i = 0; i < TermRarity.MinDocuments; i++)
        {
            rarity.Observe([new DevelopmentKey(EventAction.Other, null, [], everywhere.Append($"only{i}").ToList())]);
        }

        return rarity;
    }
}
