using AlertBot.Detection.Text;

namespace AlertBot.Detection.Tests.Text;

public sealed class TextCleanerTests
{
    [Fact]
    public void Clean_LivePageWithFooterPromotions_KeepsNewsDropsFurniture()
    {
        var body = string.Join('\n',
            "The president has fled the capital on a plane for an unknown destination.",
            "That\u2019s according to two senior army officers speaking to a news agency.",
            "Read more: Why the significance of the assault is huge",
            "In the city, thousands of residents poured onto the streets, chanting \u201CThe ruler is gone, the city is free\u201D.",
            "This breaking news story is being updated and more details will be published shortly.",
            "Please refresh the page for the fullest version.",
            "You can receive Breaking News alerts on a smartphone or tablet via the Example News App. You can also follow @ExampleNews on X or subscribe to our YouTube channel to keep up with the latest news.");
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("example", "President flees the capital", body);

        Assert.Equal(
        [
            "The president has fled the capital on a plane for an unknown destination.",
            "That's according to two senior army officers speaking to a news agency.",
            "In the city, thousands of residents poured onto the streets, chanting \"The ruler is gone, the city is free\".",
        ], result.Sentences.Select(s => s.Text));
        Assert.Equal(5, result.Removed.Count);
    }

    [Theory]
    [InlineData("Related stories")]
    [InlineData("More on this story")]
    [InlineData("Most read")]
    [InlineData("You may also like:")]
    [InlineData("More from Example News")]
    public void Clean_HeadlinesListedUnderLinkHeading_AreRemoved(string heading)
    {
        var body = string.Join('\n',
            "Rebels entered the city on Sunday.",
            heading,
            "Army withdraws from second city",
            "1. President flees the capital",
            "Markets",
            "The army has not commented on the withdrawal.");
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("o", "t", body);

        Assert.Equal(["Rebels entered the city on Sunday.", "The army has not commented on the withdrawal."], result.Sentences.Select(s => s.Text));
        Assert.Equal(4, result.Removed.Count);
    }

    [Fact]
    public void Clean_HeadlineLikeLinesWithoutLinkHeading_AreKept()
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("o", "t", "Rebels entered the city on Sunday.\nArmy withdraws from second city\nPresident flees the capital");

        Assert.Equal(3, result.Sentences.Count);
    }

    [Fact]
    public void Clean_Sentences_CarryParagraphAndRunningIndex()
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("o", "t", "First one. Second one.\n\nThird one.");

        Assert.Equal(
        [
            new Sentence("First one.", 0, 0),
            new Sentence("Second one.", 0, 1),
            new Sentence("Third one.", 1, 2),
        ], result.Sentences);
        Assert.Equal(["First one. Second one.", "Third one."], result.Paragraphs);
    }

    [Theory]
    [InlineData("Rebels take Homs", "Rebels take Homs\nThe army withdrew.")]
    [InlineData("Rebels take Homs", "Rebels take Homs.\n\nThe army withdrew.")]
    [InlineData("Rebels take Homs", "REBELS TAKE HOMS\nThe army withdrew.")]
    [InlineData("Rebels take Homs", "Rebels take Homs - The army withdrew.")]
    [InlineData("Rebels take Homs | Example News", "Rebels take Homs\nThe army withdrew.")]
    [InlineData("Rebels take Homs - Example News", "Rebels take Homs\nThe army withdrew.")]
    [InlineData("Rebels take Homs", "Updated 3 hours ago\nRebels take Homs\nThe army withdrew.")]
    [InlineData("LIVE: Rebels take Homs", "The army withdrew.")]
    [InlineData("Breaking news: Rebels take Homs | Example", "The army withdrew.")]
    public void Clean_BodyStartsWithTitle_TitleNotDuplicatedAsSentence(string title, string body)
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("example.com", title, body);

        Assert.Equal("Rebels take Homs", result.Title);
        Assert.Equal(["The army withdrew."], result.Sentences.Select(s => s.Text));
    }

    [Theory]
    // An aggregator's items name their outlet after a dash; the wires label a title in capitals before a hyphen; a
    // bracketed medium is a label too.
    [InlineData("Rebels take Homs - BBC News")]
    [InlineData("Rebels take Homs \u2013 The Guardian")]
    [InlineData("Rebels take Homs - AP News")]
    [InlineData("Rebels take Homs - Al Jazeera")]
    [InlineData("Rebels take Homs - Reuters")]
    [InlineData("Rebels take Homs - Sky News")]
    [InlineData("Rebels take Homs - Fox News")]
    [InlineData("UPDATE 2-Rebels take Homs")]
    [InlineData("EXCLUSIVE-Rebels take Homs")]
    [InlineData("Update 3-Rebels take Homs")]
    [InlineData("Rebels take Homs (VIDEO)")]
    public void Clean_OtherOutletsSuffixOrWireLabel_IsRemoved(string title)
    {
        var result = new TextCleaner().Clean("news.example.org", title, "The army withdrew.");

        Assert.Equal("Rebels take Homs", result.Title);
    }

    [Theory]
    // Who said it, or more of the headline: not an outlet.
    [InlineData("Rebels take Homs - UN")]
    [InlineData("Rebels take Homs - a turning point")]
    [InlineData("Rebels take Homs - Hamas Leader")]
    [InlineData("Fire on the hills - Sky")]
    [InlineData("Update-to-date maps show Homs")]
    public void Clean_DashNotBeforeAnOutlet_TitleKept(string title)
    {
        var result = new TextCleaner().Clean("news.example.org", title, "The army withdrew.");

        Assert.Equal(title, result.Title);
    }

    [Fact]
    public void Clean_BodyStartsWithLongerWord_IsNotTreatedAsTitle()
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("o", "Rebels take Homs", "Rebels take Homsville without a fight.");

        Assert.Equal("Rebels take Homsville without a fight.", Assert.Single(result.Sentences).Text);
    }

    [Fact]
    public void Clean_TitleWithDashNotNamingOutlet_IsKept()
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("example.com", "President has fled - reports", "Body text here.");

        Assert.Equal("President has fled - reports", result.Title);
    }

    [Fact]
    public void Clean_NoTitleGiven_FirstHeadlineLineBecomesTitle()
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("o", "", "Rebels take full control of Homs\n\nThe army withdrew overnight.");

        Assert.Equal("Rebels take full control of Homs", result.Title);
        Assert.Equal(["The army withdrew overnight."], result.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Clean_NoTitleGivenAndBodyOpensWithTimestamp_HeadlineAfterItBecomesTitle()
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("o", "", "Updated: May 2, 2013, 1:12 PM\nFire destroys historic dairy building\nThe building burned overnight.");

        Assert.Equal("Fire destroys historic dairy building", result.Title);
        Assert.Equal(["The building burned overnight."], result.Sentences.Select(s => s.Text));
    }

    [Theory]
    [InlineData("The building burned overnight.\nFirefighters arrived.")]
    [InlineData("He said the building was \"lost.\"\nFirefighters arrived.")]
    public void Clean_NoTitleGivenAndFirstLineIsASentence_NothingPromoted(string body)
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("o", "", body);

        Assert.Equal("", result.Title);
        Assert.Equal(2, result.Sentences.Count);
    }

    [Fact]
    public void Clean_LinesWithoutFinalPunctuation_EachLineIsASentence()
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("o", "t", "Rebels take full control of Homs\nArmy withdraws from Hama\nPresident flees the capital");

        Assert.Equal(["Rebels take full control of Homs", "Army withdraws from Hama", "President flees the capital"], result.Sentences.Select(s => s.Text));
        Assert.Equal(3, result.Paragraphs.Count);
    }

    [Fact]
    public void Clean_HardWrappedText_LinesRejoinedIntoParagraphs()
    {
        var body = """
            Rebel forces said on Sunday that they had taken control of the
            central city after the army withdrew overnight, and that fighters
            of the Hayat Tahrir al-
            Sham group were moving south towards the capital.

            Residents said the streets were quiet.
            """;
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("o", "t", body);

        Assert.Equal(
        [
            "Rebel forces said on Sunday that they had taken control of the central city after the army withdrew overnight, and that fighters of the Hayat Tahrir al-Sham group were moving south towards the capital.",
            "Residents said the streets were quiet.",
        ], result.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Clean_LineBreakInsideSentence_LowercaseContinuationJoined()
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("o", "t", "The rebels said they had\nentered the prison.\nCrowds gathered.");

        Assert.Equal(["The rebels said they had entered the prison.", "Crowds gathered."], result.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Clean_BulletsAndNumberedList_MarkersStripped()
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("o", "t", "\u2022 Rebels took the city\n1. The army fled.\n2) Crowds gathered.");

        Assert.Equal(["Rebels took the city", "The army fled.", "Crowds gathered."], result.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Clean_SentenceRepeatedInArticle_KeptOnce()
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("o", "t", "The army withdrew overnight.\nCrowds gathered.\nThe army withdrew overnight.\nAnd\nAnd");

        Assert.Equal(["The army withdrew overnight.", "Crowds gathered.", "And", "And"], result.Sentences.Select(s => s.Text));
        Assert.Equal(["The army withdrew overnight."], result.Removed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    [InlineData("Advertisement")]
    public void Clean_EmptyOrAllBoilerplate_ReturnsNoSentences(string body)
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("o", "Title", body);

        Assert.Empty(result.Sentences);
        Assert.Empty(result.Paragraphs);
    }

    [Fact]
    public void Clean_CrLfLineEndings_TreatedLikeLf()
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("o", "t", "First line.\r\nSecond line.\r\n");

        Assert.Equal(["First line.", "Second line."], result.Sentences.Select(s => s.Text));
    }
}
