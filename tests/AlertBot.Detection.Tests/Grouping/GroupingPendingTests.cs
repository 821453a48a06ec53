namespace AlertBot.Detection.Tests.Grouping;

/// <summary>Grouping failures of issue 9 the engine still shows, written to what should happen.</summary>
public sealed class GroupingPendingTests
{
    private readonly Newsroom _newsroom = new(WorldTowns.Engine());

    [Fact]
    public void Choose_OneQuakeReportedAsAQuakeAndAsItsDeaths_Joins()
    {
        // One outlet's title states the quake (Disaster), the other's its toll (Killed): the kind veto must not split them.
        var quake = _newsroom.File(WorldTowns.Article(
            "Powerful earthquake strikes western Afghanistan near Herat",
            "A magnitude 6.3 earthquake struck near the city of Herat on Saturday morning, collapsing homes in several villages, officials said."));
        var toll = _newsroom.File(WorldTowns.Article(
            "Dozens killed as earthquake hits Herat",
            "At least 40 people were killed when a strong earthquake hit villages around Herat on Saturday, a government spokesman said.",
            "daily",
            hours: 3));

        Assert.Equal(quake[0], toll[0]);
    }

    [Fact]
    public void Choose_StabbingAndFerrySinkingInOneCity_NotJoined()
    {
        // Other news first, as on a real feed: with these word statistics the two share enough words ("six", "Sydney",
        // "Saturday") to join, and no kind tells them apart (the stabbing's title kind is lost, the ferry's is its deaths).
        _newsroom.File(WorldTowns.Article(
            "Flash floods kill dozens in western Afghanistan",
            "Flash floods swept through villages near Herat on Friday, killing at least 30 people and destroying hundreds of homes, officials said."));
        _newsroom.File(WorldTowns.Article(
            "Flash floods kill dozens in northern Tanzania",
            "Flash floods swept through villages near Arusha on Saturday, killing at least 40 people and washing away roads, officials said."));
        var stabbing = _newsroom.File(WorldTowns.Article(
            "Six killed in stabbing at Sydney shopping centre",
            "A man stabbed six people to death at a busy shopping centre in Sydney on Saturday before police shot him, officers said."));
        var ferry = _newsroom.File(WorldTowns.Article(
            "Six dead after ferry capsizes off Sydney",
            "A passenger ferry capsized off Sydney on Saturday, leaving six people dead and dozens missing, officers said.",
            "daily",
            hours: 3));

        Assert.NotEqual(stabbing[0], ferry[0]);
    }
}
