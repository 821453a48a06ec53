using AlertBot.Detection.Text;

namespace AlertBot.Detection.Tests.Text;

public sealed class SentenceSplitterTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { "Rebels took the city. The army withdrew.", ["Rebels took the city.", "The army withdrew."] },
        { "Mr. Smith arrived. Mrs. Jones left.", ["Mr. Smith arrived.", "Mrs. Jones left."] },
        { "Dr. Khan and Gen. Ali met Lt. Col. Reed and Sgt. Moss in St. Petersburg.", ["Dr. Khan and Gen. Ali met Lt. Col. Reed and Sgt. Moss in St. Petersburg."] },
        { "The U.S. Secretary of State spoke. The U.N. envoy and the U.K. minister agreed.", ["The U.S. Secretary of State spoke.", "The U.N. envoy and the U.K. minister agreed."] },
        { "Sanctions were imposed by the U.S. The rebels ignored them.", ["Sanctions were imposed by the U.S.", "The rebels ignored them."] },
        { "It started at 10 a.m. on Sunday and ended at 4 p.m. The city was calm.", ["It started at 10 a.m. on Sunday and ended at 4 p.m.", "The city was calm."] },
        { "Shelling stopped at 6 p.m. Rebels then entered the city.", ["Shelling stopped at 6 p.m.", "Rebels then entered the city."] },
        { "Shelling stopped at 6 p.m. GMT on Sunday. Rebels entered.", ["Shelling stopped at 6 p.m. GMT on Sunday.", "Rebels entered."] },
        { "The talks began on Jan. 5 and Feb. 12 was the deadline.", ["The talks began on Jan. 5 and Feb. 12 was the deadline."] },
        { "He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."] },
        { "It was Syria vs. Turkey, tanks, guns etc. and more.", ["It was Syria vs. Turkey, tanks, guns etc. and more."] },
        { "Firms such as Acme Inc. and Widget Ltd. and Foo Co. and Bar Corp. lost.", ["Firms such as Acme Inc. and Widget Ltd. and Foo Co. and Bar Corp. lost."] },
        { "Allies e.g. Iran and i.e. Russia objected.", ["Allies e.g. Iran and i.e. Russia objected."] },
        { "George W. Bush met J.K. Rowling. They talked.", ["George W. Bush met J.K. Rowling.", "They talked."] },
        { "Prices rose 3.5% on 12/8/2024. Markets fell.", ["Prices rose 3.5% on 12/8/2024.", "Markets fell."] },
        { "The deal was signed on 8.12.2024 at 10.30pm. Rebels cheered.", ["The deal was signed on 8.12.2024 at 10.30pm.", "Rebels cheered."] },
        { "He said \"we will win.\" Then he left.", ["He said \"we will win.\"", "Then he left."] },
        { "\"Assad is gone,\" they chanted. Crowds grew.", ["\"Assad is gone,\" they chanted.", "Crowds grew."] },
        { "\"Is it over?\" asked one resident.", ["\"Is it over?\" asked one resident."] },
        { "\"It's over!\" Residents poured onto the streets.", ["\"It's over!\"", "Residents poured onto the streets."] },
        { "\"Is it over?\" Mr Lewis asked. Nobody answered.", ["\"Is it over?\" Mr Lewis asked.", "Nobody answered."] },
        { "\"Why now?\" The question hung in the air.", ["\"Why now?\"", "The question hung in the air."] },
        { "Is he gone?! Nobody knows.", ["Is he gone?!", "Nobody knows."] },
        { "He waited... Then the shooting started.", ["He waited...", "Then the shooting started."] },
        { "After years of displacement... we announce the end of this dark period.", ["After years of displacement... we announce the end of this dark period."] },
        { "\"The moment awaited for years... Syria is writing history,\" the group said.", ["\"The moment awaited for years... Syria is writing history,\" the group said."] },
        { "1. Rebels took Homs. 2. The army fled.", ["1. Rebels took Homs.", "2. The army fled."] },
        { "The death toll rose to 12. The rebels advanced.", ["The death toll rose to 12.", "The rebels advanced."] },
        { "Bashar al-Assad met Mohammed bin Salman. Talks ended.", ["Bashar al-Assad met Mohammed bin Salman.", "Talks ended."] },
        { "See https://example.com/news/syria?id=3 for details. Email press@example.org. Thanks.", ["See https://example.com/news/syria?id=3 for details.", "Email press@example.org.", "Thanks."] },
        { "Visit www.example.co.uk today", ["Visit www.example.co.uk today"] },
        { "(The rebels deny this.) The army says otherwise.", ["(The rebels deny this.)", "The army says otherwise."] },
        { "Rebels take Homs\nAssad flees", ["Rebels take Homs", "Assad flees"] },
        { "Yahoo! said profits rose.", ["Yahoo! said profits rose."] },
        { "World War I. The end.", ["World War I.", "The end."] },
        // Text from a tokenised source spaces out decimals and clock times; a year or a word after the stop still ends a sentence.
        { "A magnitude 5. 9 quake struck the coast. Buildings fell.", ["A magnitude 5. 9 quake struck the coast.", "Buildings fell."] },
        { "The shooting occurred about 3: 10 p. m. Friday in the city. Police came.", ["The shooting occurred about 3: 10 p. m. Friday in the city.", "Police came."] },
        { "Assembly began in 2003. 2004 was a good year.", ["Assembly began in 2003.", "2004 was a good year."] },
        { "The gig was streamed by operator 3. 3G phones showed it.", ["The gig was streamed by operator 3.", "3G phones showed it."] },
        { "", [] },
        { "...", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_Paragraph_ReturnsExpectedSentences(string paragraph, string[] expected)
    {
        Assert.Equal(expected, SentenceSplitter.Split(paragraph));
    }

    [Fact]
    public void Split_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SentenceSplitter.Split(null!));
    }
}
