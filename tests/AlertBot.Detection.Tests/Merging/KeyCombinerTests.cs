using AlertBot.Detection.Merging;

namespace AlertBot.Detection.Tests.Merging;

public sealed class KeyCombinerTests
{
    [Fact]
    public void Combine_TwoReports_KeepsEveryWordOnceInItsStrongestForm()
    {
        var existing = new DevelopmentKey(EventAction.Arrested, "Police", [1], ["+^quentworth", "arrest", "@45.76:4.84"]);
        var incoming = new DevelopmentKey(EventAction.Charged, null, [1, 2], ["^quentworth", "charg", "@45.76:4.84", "@45.70:4.90"]);

        var combined = KeyCombiner.Combine(existing, incoming);

        Assert.Equal(["^quentworth", "arrest", "charg", "@45.76:4.84", "@45.70:4.90"], combined.Tokens.Where(t => t[0] != '@').Concat(combined.Tokens.Where(t => t[0] == '@')));
        Assert.Equal([1, 2], combined.PlaceIds);
        Assert.Equal(EventAction.Arrested, combined.Action);
        Assert.Equal("Police", combined.Actor);
    }

    [Fact]
    public void Combine_UnclassifiedFounder_TakesTheConfirmingKind()
    {
        var existing = new DevelopmentKey(EventAction.Other, null, [], ["rehab"]);
        var incoming = new DevelopmentKey(EventAction.Admitted, "The actress", [], ["clinic"]);

        var combined = KeyCombiner.Combine(existing, incoming);

        Assert.Equal(EventAction.Admitted, combined.Action);
        Assert.Equal("The actress", combined.Actor);
    }

    [Fact]
    public void Combine_ManyWords_StaysWithinTheCapAndSerializes()
    {
        var existing = new DevelopmentKey(EventAction.Killed, null, [], Enumerable.Range(0, 80).Select(i => $"w{i:000}").Append("~past").ToList());
        var incoming = new DevelopmentKey(EventAction.Killed, null, [], Enumerable.Range(60, 80).Select(i => $"w{i:000}").Append("~past").ToList());

        var combined = KeyCombiner.Combine(existing, incoming);

        Assert.Equal(KeyCombiner.MaxWords, combined.Tokens.Count(t => t[0] != '~'));
        Assert.Equal("~past", combined.Tokens[^1]);
        Assert.Equal(combined, DevelopmentKey.Parse(combined.Serialize()), KeyComparer.Instance);
    }

    private sealed class KeyComparer : IEqualityComparer<DevelopmentKey>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(DevelopmentKey? x, DevelopmentKey? y) =>
            x is not null && y is not null && x.Action == y.Action && x.Actor == y.Actor
            && x.PlaceIds.SequenceEqual(y.PlaceIds) && x.Tokens.SequenceEqual(y.Tokens);

        public int GetHashCode(DevelopmentKey obj) => obj.Tokens.Count;
    }
}
