using AlertBot.Detection.Text;

namespace AlertBot.Detection.Tests.Text;

public sealed class BoilerplateTests
{
    private const string News = "Rebels say they have entered the city after the army withdrew.";

    [Theory]
    [InlineData("Read more: Why the significance of the assault is huge")]
    [InlineData("Read more about the fall of the northern cities")]
    [InlineData("READ MORE: Who are the rebels?")]
    [InlineData("Related: The men who could lead the country next")]
    [InlineData("See also: Timeline of the war")]
    [InlineData("More on this story")]
    [InlineData("Related Topics")]
    [InlineData("Watch: Crowds celebrate in the main square")]
    [InlineData("Click here to see the full gallery.")]
    [InlineData("Sign up for our newsletter.")]
    [InlineData("Sign up to our free morning briefing newsletter to get the latest headlines.")]
    [InlineData("Get our daily newsletter with the top stories delivered to your inbox.")]
    [InlineData("You can receive Breaking News alerts on a smartphone or tablet via the Example News App.")]
    [InlineData("You can also follow @ExampleNews on X or subscribe to our YouTube channel to keep up with the latest news.")]
    [InlineData("Download the Example app for the latest updates.")]
    [InlineData("Follow us on Facebook")]
    [InlineData("Like us on Facebook and follow us on Instagram.")]
    [InlineData("Share this article")]
    [InlineData("Join our WhatsApp channel for breaking news.")]
    [InlineData("Never miss a story: get alerts on your phone.")]
    [InlineData("For the latest updates, follow our live page.")]
    [InlineData("This breaking news story is being updated and more details will be published shortly.")]
    [InlineData("Please refresh the page for the fullest version.")]
    [InlineData("This story is developing.")]
    [InlineData("This is a developing story.")]
    [InlineData("This article has been updated with comments from officials.")]
    [InlineData("An earlier version of this article misstated the date of the attack.")]
    [InlineData("Check back later for updates.")]
    [InlineData("More details to follow.")]
    [InlineData("\u00A9 2024 Example Media Ltd. All rights reserved.")]
    [InlineData("Copyright 2024 The Example Press. All rights reserved.")]
    [InlineData("This material may not be published, broadcast, rewritten or redistributed.")]
    [InlineData("Image caption, Crowds gathered in the square on Sunday")]
    [InlineData("Image source, Getty Images")]
    [InlineData("Photo: Jane Roe/Reuters")]
    [InlineData("Fighters celebrate in the square on Sunday (AFP via Getty Images)")]
    [InlineData("(Getty Images)")]
    [InlineData("Crowds gather in the capital. Photograph: Jane Roe/AP")]
    [InlineData("Advertisement")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Skip to content")]
    [InlineData("Copy link")]
    [InlineData("We use cookies to improve your experience on our site.")]
    [InlineData("By continuing to use this site you agree to our privacy policy.")]
    [InlineData("Manage your consent preferences")]
    [InlineData("By Jane Roe and John Doe, Example News")]
    [InlineData("By JANE ROE")]
    [InlineData("Jane Roe, Middle East correspondent")]
    [InlineData("Chief international correspondent")]
    [InlineData("Jane Roe, BBC correspondent in Beirut")]
    [InlineData("PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM")]
    [InlineData("Posted on Thu Jun 13, 2013 08:45 AM PDT")]
    [InlineData("Monday, Sep 10, 2012 | Updated 9:01 AM EDT")]
    [InlineData("Reporting by Jane Roe in Beirut; Editing by John Doe")]
    [InlineData("Additional reporting by Sam Poe")]
    [InlineData("Published 8 December 2024")]
    [InlineData("Updated 3 hours ago")]
    [InlineData("Sun 8 Dec 2024 10.30 GMT")]
    [InlineData("5 min read")]
    [InlineData("11/28/05 10:30")]
    [InlineData("Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET")]
    [InlineData("Sign up to First Edition, our free daily newsletter - every weekday morning at 7am")]
    [InlineData("The Associated Press contributed to this report.")]
    [InlineData("Jane Roe contributed reporting.")]
    [InlineData("This article was originally published on Example Site.")]
    [InlineData("Follow our live coverage here.")]
    [InlineData("Click to share on X (Opens in new window)")]
    [InlineData("Listen to this article")]
    [InlineData("Scroll to continue with content")]
    [InlineData("Sponsored by Example Bank")]
    [InlineData("Most popular")]
    [InlineData("Syrians celebrate in the capital [Jane Roe/AP Photo]")]
    [InlineData("File photo: Fighters near the frontline in 2016")]
    [InlineData("Reporting from the border")]
    [InlineData("Edited by Jane Roe")]
    [InlineData("Written by Jane Roe and John Doe")]
    [InlineData("Sorry, your browser cannot display this video.")]
    [InlineData("This page will automatically update every 30 seconds.")]
    [InlineData("Turn on notifications to receive breaking news alerts.")]
    [InlineData("Last modified on Sun 8 Dec 2024 12.01 GMT")]
    [InlineData("The post Rebels enter the capital appeared first on Example Daily.")]
    [InlineData("Originally published on Example Site.")]
    [InlineData("Continue reading...")]
    [InlineData("Source: Example Monitoring Group")]
    [InlineData("BEIRUT")]
    [InlineData("DAMASCUS, Syria")]
    public void Clean_BoilerplateLine_IsRemovedAndNewsKept(string boilerplate)
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("outlet", "Rebels enter the city", $"{News}\n{boilerplate}\nThe army has not commented.");

        Assert.Contains(boilerplate, result.Removed);
        Assert.Equal([News, "The army has not commented."], result.Sentences.Select(s => s.Text));
    }

    [Theory]
    [InlineData("Rebels say they have entered the prison and freed the prisoners there.")]
    [InlineData("Readers were told the paper would not publish on Sunday.")]
    [InlineData("He read the statement on state television before leaving the capital.")]
    [InlineData("The minister said he had read the report and would respond.")]
    [InlineData("Protesters were urged to follow the army's instructions.")]
    [InlineData("Residents were told to download an app to report missing relatives.")]
    [InlineData("Follow-up talks will be held on the website of the foreign ministry, officials said.")]
    [InlineData("More details of the government's plans will be outlined on Monday.")]
    [InlineData("Further details will be announced by the interior ministry.")]
    [InlineData("The EU's cookie law requires websites to obtain consent.")]
    [InlineData("The company changed its privacy policy after the fine.")]
    [InlineData("Share prices of Facebook and Twitter fell sharply on Monday.")]
    [InlineData("Shares in the app maker rose 5% after the announcement.")]
    [InlineData("Getty Images sued the AI firm over the use of its photos.")]
    [InlineData("By Sunday, rebels had taken full control of the city.")]
    [InlineData("By the end of the day the army had withdrawn.")]
    [InlineData("The copyright dispute between the two studios went to court.")]
    [InlineData("This report is the first to document abuses in the prison.")]
    [InlineData("Published figures show 12 people died in the attack.")]
    [InlineData("Watch the skies, the general told his troops.")]
    [InlineData("ASSAD FLEES")]
    [InlineData("Rebels take full control of the city")]
    [InlineData("Support for the rebels grew on social media site X after the capture.")]
    [InlineData("Join talks were held on the border.")]
    [InlineData("A BBC correspondent was injured in the shelling.")]
    [InlineData("Reporter Killed In Shelling Near Border")]
    [InlineData("Team Officials Meet With Player's Agent")]
    [InlineData("Photos of the crowd were shared widely, reporters said. (c) Example")]
    [InlineData("78,000")]
    [InlineData("Sources: the president left the country overnight.")]
    [InlineData("The post office in the town was originally a mosque, residents said.")]
    [InlineData("Edited by hand, the letters were smuggled out of the prison")]
    [InlineData("Reporting from the capital has become almost impossible, the union said.")]
    [InlineData("Most people in the city stayed indoors on Sunday.")]
    [InlineData("You may have heard the explosions overnight, one resident said.")]
    [InlineData("Key events unfolded quickly after the army withdrew.")]
    [InlineData("The video showed fighters inside the presidential palace.")]
    [InlineData("Live updates were broadcast from the square as crowds chanted.")]
    public void Clean_NewsLine_Survives(string news)
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("outlet", "Unrelated headline", $"{News}\n{news}");

        Assert.Empty(result.Removed);
        Assert.Equal([News, news], result.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Clean_CallToActionSentenceInsideNewsParagraph_OnlyThatSentenceRemoved()
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("outlet", "t", "Rebels entered the capital on Sunday. Read more: Who are the rebels? The army withdrew.");

        Assert.Equal(["Read more: Who are the rebels?"], result.Removed);
        Assert.Equal("Rebels entered the capital on Sunday. The army withdrew.", Assert.Single(result.Paragraphs));
    }

    [Fact]
    public void Clean_PromotionSharingLineWithNews_OnlyPromotionRemoved()
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("outlet", "t", "Follow us on Instagram for more updates. Rebels took the city on Sunday.");

        Assert.Equal(["Follow us on Instagram for more updates."], result.Removed);
        Assert.Equal("Rebels took the city on Sunday.", Assert.Single(result.Sentences).Text);
    }

    [Theory]
    [InlineData("BEIRUT, Dec 8 (Reuters) - Rebels entered the capital.", "Rebels entered the capital.")]
    [InlineData("DAMASCUS, Syria (AP) - Rebels entered the capital.", "Rebels entered the capital.")]
    [InlineData("WASHINGTON - The president spoke.", "The president spoke.")]
    [InlineData("(Reuters) - Rebels entered the capital.", "Rebels entered the capital.")]
    [InlineData("NATO allies met on Sunday.", "NATO allies met on Sunday.")]
    public void Clean_WireDateline_IsStrippedFromSentence(string paragraph, string expected)
    {
        var cleaner = new TextCleaner();

        var result = cleaner.Clean("outlet", "t", paragraph);

        Assert.Equal(expected, Assert.Single(result.Sentences).Text);
    }
}
