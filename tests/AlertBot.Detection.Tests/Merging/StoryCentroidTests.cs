using AlertBot.Detection.Merging;

namespace AlertBot.Detection.Tests.Merging;

public sealed class StoryCentroidTests
{
    private readonly DetectionEngine _engine = TestGazetteer.Engine();

    private IReadOnlyList<string> GistOf(string title, string body) => _engine.Analyze(TestGazetteer.Article(title, body)).Gist;

    private StoryCentroid StoryOf(params IReadOnlyList<string>[] gists)
    {
        var story = new StoryCentroid();
        foreach (var gist in gists)
        {
            story.Add(gist);
        }

        return story;
    }

    [Fact]
    public void Similarity_OtherOutletLeadingWithAnotherVerb_ReachesSameStory()
    {
        var story = StoryOf(GistOf("Singer Mara Velkova checks into Oakridge clinic",
            "Singer Mara Velkova has checked into the Oakridge clinic to begin a 90-day court-ordered stay, her lawyer said."));
        var other = GistOf("Velkova begins court-ordered rehab at Oakridge",
            "Mara Velkova started her stay at Oakridge on Thursday night after a judge's order, a spokesman confirmed.");

        Assert.True(story.Similarity(other) >= StoryCentroid.SameStory, $"similarity {story.Similarity(other)}");
    }

    [Fact]
    public void Similarity_SameKindOfEventOtherPeople_StaysBelowSameStory()
    {
        var story = StoryOf(GistOf("Singer Mara Velkova checks into Oakridge clinic",
            "Singer Mara Velkova has checked into the Oakridge clinic to begin a 90-day court-ordered stay, her lawyer said."));
        var other = GistOf("Footballer Tomas Brandt leaves team camp",
            "Striker Tomas Brandt walked out of the national team's training camp on Monday after a row with the coach.");

        Assert.True(story.Similarity(other) < StoryCentroid.SameStory, $"similarity {story.Similarity(other)}");
    }

    [Fact]
    public void Similarity_RareSharedNamesOutweighCommonWords()
    {
        var rarity = new TermRarity();
        // Fifty unrelated reports make "police" and "said" common and the story's names rare.
        for (var i = 0; i < TermRarity.MinDocuments; i++)
        {
            rarity.Observe([new DevelopmentKey(EventAction.Other, null, [], GistOf($"Police report {i}", $"Police said report number {i} was filed."))]);
        }

        var story = StoryOf(GistOf("Velkova checks into Oakridge", "Police said Mara Velkova checked into Oakridge."));
        var sameNames = GistOf("Velkova at Oakridge", "Mara Velkova is now at Oakridge, her lawyer confirmed.");
        var sameCommonWords = GistOf("Police statement", "Police said a report was filed.");

        Assert.True(story.Similarity(sameNames, rarity) > story.Similarity(sameCommonWords, rarity));
    }

    [Fact]
    public void Similarity_EmptyStoryOrGist_IsZero()
    {
        var gist = GistOf("Velkova checks into Oakridge", "Mara Velkova checked into Oakridge.");

        Assert.Equal(0, new StoryCentroid().Similarity(gist));
        Assert.Equal(0, StoryOf(gist).Similarity([]));
    }

    [Fact]
    public void Add_EachReport_CountsOnce()
    {
        var gist = GistOf("Velkova checks into Oakridge", "Mara Velkova checked into Oakridge.");

        var story = StoryOf(gist, gist);

        Assert.Equal(2, story.Size);
        Assert.Equal(1, story.Similarity(gist), 6);
    }
}
