using AlertBot.Detection.Text;

namespace AlertBot.Detection.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Syria\u2019s army", "Syria's army")]
    [InlineData("\u2018free\u2019", "'free'")]
    [InlineData("\u201CAssad is gone\u201D", "\"Assad is gone\"")]
    [InlineData("\u00ABfree\u00BB", "\"free\"")]
    [InlineData("Damascus \u2013 rebels", "Damascus - rebels")]
    [InlineData("the rebels\u2014who entered on Sunday\u2014said", "the rebels - who entered on Sunday - said")]
    [InlineData("the rebels \u2014 who entered", "the rebels - who entered")]
    [InlineData("2011\u20132024", "2011-2024")]
    [InlineData("Price: \u00A3400, caf\u00E9", "Price: \u00A3400, caf\u00E9")]
    [InlineData("displacement\u2026 we announce", "displacement... we announce")]
    [InlineData("President\u00A0Bashar", "President Bashar")]
    [InlineData("Homs\u200Bis free", "Homs is free")]
    [InlineData("al-\u00ADAssad", "al-Assad")]
    [InlineData("Ass\u200Dad", "Assad")]
    [InlineData("\uFEFFRebels", "Rebels")]
    [InlineData("  rebels \t entered\r\n the   city  ", "rebels entered the city")]
    [InlineData("Bashar al-Assad", "Bashar al-Assad")]
    [InlineData("Hayat Tahrir al\u2010Sham", "Hayat Tahrir al-Sham")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Normalize_TypographicVariants_FoldsToPlainForm(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_AlreadyPlainText_ReturnsSameInstance()
    {
        var text = "Rebels say they have entered the prison.";

        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_PlainTextWithPoundSignAndAccents_ReturnsSameInstance()
    {
        var text = "Maternity pay rises by \u00A31,400, said Mme Lef\u00E8vre.";

        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TextNormalizer.Normalize(null!));
    }
}
