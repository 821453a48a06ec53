using AlertBot.Detection.Text;

namespace AlertBot.Detection.Tests.Text;

public sealed class RepeatedLineTests
{
    private const string Footer = "Our reporters in the region have been covering the story for years";

    private static CleanedArticle Article(TextCleaner cleaner, string outlet, int n, string? firstLine = null) =>
        cleaner.Clean(outlet, $"Headline number {n}", $"{firstLine ?? $"Fighting broke out in district {n} overnight."}\nOfficials counted {n} casualties.\n{Footer}");

    [Fact]
    public void Clean_LineSeenInTwoEarlierArticles_IsRemovedFromThird()
    {
        var cleaner = new TextCleaner();

        var first = Article(cleaner, "outlet", 1);
        var second = Article(cleaner, "outlet", 2);
        var third = Article(cleaner, "outlet", 3);

        Assert.DoesNotContain(Footer, first.Removed);
        Assert.DoesNotContain(Footer, second.Removed);
        Assert.Contains(Footer, third.Removed);
        Assert.Equal(["Fighting broke out in district 3 overnight.", "Officials counted 3 casualties."], third.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Clean_RepeatsFromAnotherOutlet_DoNotCount()
    {
        var cleaner = new TextCleaner();

        Article(cleaner, "a", 1);
        Article(cleaner, "a", 2);
        var other = Article(cleaner, "b", 3);

        Assert.DoesNotContain(Footer, other.Removed);
    }

    [Fact]
    public void Clean_SameArticleFetchedAgain_DoesNotMakeItsLinesBoilerplate()
    {
        var cleaner = new TextCleaner();

        Article(cleaner, "outlet", 1);
        Article(cleaner, "outlet", 1);
        var again = Article(cleaner, "outlet", 1);

        Assert.Empty(again.Removed);
    }

    [Fact]
    public void Clean_HeadlineLikeFirstLineRepeated_IsKept()
    {
        var cleaner = new TextCleaner();
        const string headline = "Rebels take full control of the city";

        Article(cleaner, "outlet", 1, headline);
        Article(cleaner, "outlet", 2, headline);
        var third = Article(cleaner, "outlet", 3, headline);

        Assert.Equal(headline, third.Sentences[0].Text);
        Assert.Contains(Footer, third.Removed);
    }

    [Fact]
    public void Clean_SyndicatedCopyUnderNewHeadlines_KeepsItsContent()
    {
        var cleaner = new TextCleaner();
        const string wire = "Rebels entered the capital on Sunday.\nThe army said it had withdrawn.\nResidents celebrated in the main square.\nThe president's whereabouts were unknown.";

        cleaner.Clean("folder", "First site's headline", wire);
        cleaner.Clean("folder", "Second site's headline", wire);
        var third = cleaner.Clean("folder", "Third site's headline", wire);

        Assert.Empty(third.Removed);
        Assert.Equal(4, third.Sentences.Count);
    }

    [Fact]
    public void Clean_SharedBackgroundParagraphsAmongNewLines_AreKept()
    {
        var cleaner = new TextCleaner();
        const string background = "The war began in 2011 and has killed hundreds of thousands of people.\nMillions more have fled the country since the uprising began.";

        for (var n = 1; n <= 2; n++)
        {
            cleaner.Clean("folder", $"Headline {n}", $"Fresh report number {n} from the front.\nAnother new detail {n} emerged today.\nA third new line {n} came later.\n{background}\nYet another new line {n}.\nAnd one more new line {n}.");
        }

        var third = cleaner.Clean("folder", "Headline 3", $"Fresh report number 3 from the front.\nAnother new detail 3 emerged today.\nA third new line 3 came later.\n{background}\nYet another new line 3.\nAnd one more new line 3.\n{Footer}");

        Assert.Empty(third.Removed);
        Assert.Contains(third.Sentences, s => s.Text.StartsWith("The war began", StringComparison.Ordinal));
    }

    [Fact]
    public void Clean_RepeatedSentenceMidBody_IsKeptButRepeatedBioAtEndIsRemoved()
    {
        var cleaner = new TextCleaner();
        const string shared = "She was 85.";
        const string bio = "Jane Roe writes about the region for Example News.";

        CleanedArticle Story(int n) => cleaner.Clean("folder", $"Headline {n}", string.Join('\n',
            $"Lead line number {n} of the story.", $"Second line {n}.", $"Third line {n}.", shared, $"Fifth line {n}.",
            $"Sixth line {n}.", $"Seventh line {n}.", $"Eighth line {n}.", bio));

        Story(1);
        Story(2);
        var third = Story(3);

        Assert.Contains(third.Sentences, s => s.Text == shared);
        Assert.Equal([bio], third.Removed);
    }

    [Fact]
    public void Clean_ThresholdFromOptions_IsHonoured()
    {
        var cleaner = new TextCleaner(new TextCleanerOptions(RepeatThreshold: 1));

        Article(cleaner, "outlet", 1);
        var second = Article(cleaner, "outlet", 2);

        Assert.Contains(Footer, second.Removed);
    }

    [Fact]
    public void Record_ManyDistinctLines_StaysWithinCapacity()
    {
        var memory = new OutletLineMemory(capacity: 100);

        for (ulong i = 1; i <= 10_000; i++)
        {
            memory.Record([i], article: i);
        }

        Assert.InRange(memory.Count, 1, 100);
    }

    [Fact]
    public void ArticlesOtherThan_LineRecurringAcrossGenerations_KeepsItsCount()
    {
        var memory = new OutletLineMemory(capacity: 10);
        const ulong recurring = ulong.MaxValue;

        for (ulong article = 1; article <= 50; article++)
        {
            memory.Record([recurring, article * 1000, article * 1000 + 1], article);
        }

        Assert.Equal(49, memory.ArticlesOtherThan(recurring, article: 1));
    }

    [Fact]
    public void For_MoreOutletsThanCap_ForgetsLeastRecentlyUsed()
    {
        var tracker = new RepeatedLineTracker(linesPerOutlet: 10, maxOutlets: 2);
        var a = tracker.For("a");
        a.Record([42], article: 1);
        tracker.For("b");
        tracker.For("a");

        tracker.For("c");

        Assert.Equal(2, tracker.OutletCount);
        Assert.Same(a, tracker.For("a"));
    }

    [Fact]
    public void Clean_ConcurrentCallsForOneOutlet_DoNotThrowAndRemoveFooter()
    {
        var cleaner = new TextCleaner();

        var results = Enumerable.Range(0, 64).AsParallel().Select(n => Article(cleaner, "outlet", n)).ToList();

        Assert.Equal(64, results.Count);
        Assert.Contains(Footer, Article(cleaner, "outlet", 1000).Removed);
    }
}
