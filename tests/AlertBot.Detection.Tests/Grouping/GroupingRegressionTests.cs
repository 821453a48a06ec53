namespace AlertBot.Detection.Tests.Grouping;

/// <summary>Failures seen on real feeds (issue 9), replayed through the engine and the grouper on texts of our own.</summary>
public sealed class GroupingRegressionTests
{
    private readonly Newsroom _newsroom = new(WorldTowns.Engine());

    [Fact]
    public void Find_SameKindOfEventInFarApartTowns_StartsTwoDevelopments()
    {
        var herat = _newsroom.File(WorldTowns.Article(
            "Flash floods kill dozens in western Afghanistan",
            "Flash floods swept through villages near Herat on Friday, killing at least 30 people and destroying hundreds of homes, officials said.",
            "wire"));
        var arusha = _newsroom.File(WorldTowns.Article(
            "Flash floods kill dozens in northern Tanzania",
            "Flash floods swept through villages near Arusha on Saturday, killing at least 40 people and washing away roads, officials said.",
            "daily",
            hours: 20));

        Assert.NotEqual(herat[0], arusha[0]);
    }

    [Fact]
    public void Choose_ReportsOfOneEventInOtherWords_Join()
    {
        var quake = _newsroom.File(
            WorldTowns.Article(
                "Powerful earthquake strikes near Herat",
                "A magnitude 6.3 earthquake struck near the city of Herat on Saturday morning, collapsing homes in several villages, officials said."),
            Embeddings.WithCosine(1, axis: 1));
        var retold = _newsroom.File(
            WorldTowns.Article(
                "Quake flattens villages in western Afghanistan",
                "Hundreds of homes were destroyed when a strong tremor shook the province of Herat, rescuers said on Saturday.",
                "daily",
                hours: 5),
            Embeddings.WithCosine(0.85, axis: 1));

        Assert.Equal(quake[0], retold[0]);
    }

    [Fact]
    public void Choose_QuakesTollRisingHoursLater_JoinsTheQuake()
    {
        // Seen reading other months' big stories: the toll, told by the junta hours on, shares one word with the first report.
        var quake = _newsroom.File(
            WorldTowns.Article(
                "Powerful 7.7 earthquake hits Afghanistan",
                "A magnitude 7.7 earthquake struck the west of the country near Herat on Friday, the US Geological Survey said."),
            Embeddings.WithCosine(1, axis: 1));
        var toll = _newsroom.File(
            WorldTowns.Article(
                "Afghanistan quake death toll rises to 144, government says",
                "The government said 144 people were killed and 732 injured.",
                "daily",
                hours: 8),
            Embeddings.WithCosine(0.6, axis: 1));

        Assert.Equal(quake[0], toll[0]);
    }

    [Fact]
    public void Choose_OtherNewsOfTheSameTown_StartsItsOwnDevelopment()
    {
        var quake = _newsroom.File(
            WorldTowns.Article(
                "Powerful earthquake strikes near Herat",
                "A magnitude 6.3 earthquake struck near the city of Herat on Saturday morning, collapsing homes in several villages, officials said."),
            Embeddings.WithCosine(1, axis: 1));
        var budget = _newsroom.File(
            WorldTowns.Article(
                "Herat council approves budget for new schools",
                "The provincial council in Herat approved a budget on Saturday to build forty schools in villages around the city.",
                "daily",
                hours: 5),
            Embeddings.WithCosine(0.1, axis: 2));

        Assert.NotEqual(quake[0], budget[0]);
    }
}
