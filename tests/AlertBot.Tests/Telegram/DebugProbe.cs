using AlertBot.Detection;
using Xunit.Abstractions;

namespace AlertBot.Tests.Telegram;

public sealed class DebugProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var g = SyrianTestPlaces.Gazetteer();
        var engine = new DetectionEngine(g);
        string[] bodies =
        [
            TestArticles.PrisonBody,
            "Rebels have taken full control of Sednaya after government troops withdrew overnight, rebel commanders said on Saturday.",
            "Rebels freed thousands of detainees from the prison in Sednaya on Sunday, rebel commanders said.",
            "Rebel forces have taken full control of the Syrian city of Homs after government troops withdrew overnight, rebel commanders said on Saturday.",
        ];
        foreach (var body in bodies)
        {
            var mentions = g.FindMentions(body);
            var a = engine.Analyze(new ArticleText("s", "Rebels free detainees", body, DateTimeOffset.UtcNow, "o"));
            output.WriteLine($"mentions={string.Join(',', mentions.Select(m => m.Place.Name))} places={string.Join(',', a.Places.Select(p => p.Name))} devs={string.Join(" | ", a.Developments.Select(d => $"{d.Action}:{d.IsHeadline}:{string.Join(',', d.Places.Select(p => p.Name))}"))}");
        }
    }
}
