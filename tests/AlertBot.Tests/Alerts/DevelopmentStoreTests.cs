using System.Text.Json;
using AlertBot.Alerts;

namespace AlertBot.Tests.Alerts;

public sealed class DevelopmentStoreTests
{
    public static TheoryData<string[]> Words => new()
    {
        { [] },
        { ["", "kharkiv", "power"] },
        { ["quote\"d", "back\\slash", "<tag>&amp;", "new\nline", "tab\t"] },
        { ["Damaskus", "Şaydnāyā", "Dar‘ā", "киев", "東京", "emoji😀"] },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void Json_WordCounts_AsTheSerializerWritesThem(string[] words)
    {
        var totals = words.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => (long)(p.i * 1000) - 1, StringComparer.Ordinal);

        Assert.Equal(JsonSerializer.Serialize(totals), DevelopmentStore.Json(totals));
    }
}
