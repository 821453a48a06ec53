using AlertBot.Detection.Places;

namespace AlertBot.Detection.Tests.Places;

public sealed class NameTableTests
{
    private static readonly int[] Populations = [100, 5_000, 300, 5_000];

    private static int ByPopulation(int a, int b) => Populations[a] != Populations[b] ? Populations[b].CompareTo(Populations[a]) : a.CompareTo(b);

    [Fact]
    public void Get_KeyOfSeveralPlaces_LargestFirstEachOnce()
    {
        var builder = new NameTable.Builder();
        builder.Add("paris", 0);
        builder.Add("paris", 3);
        builder.Add("paris", 1);
        builder.Add("paris", 3);
        builder.Add("lyon", 2);
        var table = builder.Build(ByPopulation);

        Assert.Equal([1, 3, 0], table.Get("paris").ToArray());
        Assert.Equal([2], table.Get("lyon").ToArray());
        Assert.Equal(2, table.KeyCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("pari")]
    [InlineData("parisx")]
    [InlineData("Paris")]
    public void Get_KeyNeverAdded_Empty(string key)
    {
        var builder = new NameTable.Builder();
        builder.Add("paris", 0);

        Assert.True(builder.Build(ByPopulation).Get(key).IsEmpty);
    }

    [Fact]
    public void Get_ManyKeys_EachFindsItsOwn()
    {
        var builder = new NameTable.Builder();
        for (var i = 0; i < 50_000; i++)
        {
            builder.Add($"town {i}", i % 4);
        }

        var table = builder.Build(ByPopulation);

        Assert.Equal(50_000, table.KeyCount);
        Assert.All(Enumerable.Range(0, 50_000).Where(i => i % 997 == 0), i => Assert.Equal([i % 4], table.Get($"town {i}").ToArray()));
    }
}
