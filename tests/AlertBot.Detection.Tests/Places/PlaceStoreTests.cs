using AlertBot.Detection.Places;

namespace AlertBot.Detection.Tests.Places;

public sealed class PlaceStoreTests
{
    [Fact]
    public void Build_RowsOutOfOrder_NumberedByIdWithNamesAliasesAndRegion()
    {
        var builder = new PlaceStore.Builder();
        builder.Add(30, "Ḩamāh", "SY", "10", "PPLA", 460_602, 35.1318, 36.7578, "Hama|Hamath", '|', 0);
        builder.Add(10, "Jenin", "PL", "76", "", 1_100, 52.1, 15.2, "", '|', -1);
        var store = builder.Build((country, admin1) => (country, admin1) == ("SY", "10") ? "Hama Governorate" : "");

        Assert.Equal(2, store.Count);
        Assert.Equal(0, store.IndexOf(10));
        Assert.Equal(-1, store.IndexOf(20));
        var hama = store[store.IndexOf(30)];
        Assert.Equal(("Ḩamāh", "Hama", "Hama Governorate", "PPLA"), (hama.Name, hama.EnglishName, hama.RegionName, hama.FeatureCode));
        Assert.Equal(["Hama", "Hamath"], hama.Aliases);
        Assert.Equal((35.1318, 36.7578), (hama.Latitude, hama.Longitude));
        Assert.Equal("PPL", store[0].FeatureCode);
        Assert.Equal("Jenin", store[0].EnglishName);
    }

    [Fact]
    public void Build_SameIdTwice_Throws()
    {
        var builder = new PlaceStore.Builder();
        builder.Add(new Place(1, "A", "FR", 0, 0, 10, []));
        builder.Add(new Place(1, "B", "FR", 0, 0, 10, []));

        Assert.Throws<ArgumentException>(() => builder.Build());
    }

    [Fact]
    public void Indexer_GivenPlace_ServedAsGiven()
    {
        var given = new Place(5, "Lyon", "FR", 45.7, 4.8, 472_317, ["Lyons"]) { FeatureCode = "PPLA" };
        var builder = new PlaceStore.Builder();
        builder.Add(given);

        Assert.Same(given, builder.Build()[0]);
    }
}
