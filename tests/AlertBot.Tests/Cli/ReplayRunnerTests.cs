using System.Text.Json;
using AlertBot.Alerts;
using AlertBot.Cli.Replay;
using AlertBot.Detection;
using AlertBot.Tests.Support;

namespace AlertBot.Tests.Cli;

public sealed class ReplayRunnerTests
{
    private static readonly DateTimeOffset Monday = new(2024, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunAsync_TwoOutletsOneEvent_WritesTheContractShapeWithOneMergedAlert()
    {
        IncomingArticle[] articles =
        [
            new("wire-b/2.txt", "wire-b", "Blast at Kharkiv power plant", "A powerful blast hit the main power plant in Kharkiv on Monday, killing three workers, officials said.", null, Monday.AddMinutes(30)),
            new("wire-a/1.txt", "wire-a", "Explosion hits Kharkiv power station", "A large explosion hit the main power station in Kharkiv on Monday, killing three workers, the governor said.", null, Monday),
            new("wire-a/3.txt", "wire-a", "Ferry sinks off Odesa", "A passenger ferry sank off Odesa on Monday and at least ten people were killed, the coast guard said.", null, Monday.AddHours(1)),
        ];

        var report = await new ReplayRunner(new DetectionEngine(TestPlaces.Gazetteer())).RunAsync(articles, ["Kharkov", "Nowhere"], 0, CancellationToken.None);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        var root = json.RootElement;

        Assert.Equal(["alerts", "articles", "cityQueries", "stats"], root.EnumerateObject().Select(p => p.Name));
        var alert = root.GetProperty("alerts").EnumerateArray().First();
        Assert.Equal(
            ["id", "headline", "summary", "cities", "sources", "evidence", "firstSeen", "confirmations"],
            alert.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["wire-a/1.txt", "wire-b/2.txt"], alert.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(2, alert.GetProperty("confirmations").GetInt32());
        Assert.Equal("Kharkiv", alert.GetProperty("cities")[0].GetProperty("name").GetString());
        Assert.Equal("UA", alert.GetProperty("cities")[0].GetProperty("country").GetString());
        Assert.EndsWith("Z", alert.GetProperty("firstSeen").GetString(), StringComparison.Ordinal);

        var reported = root.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(["wire-a/1.txt", "wire-b/2.txt", "wire-a/3.txt"], reported.Select(a => a.GetProperty("source").GetString()));
        Assert.Equal(reported[0].GetProperty("developments")[0].GetString(), reported[1].GetProperty("developments")[0].GetString());
        Assert.NotEqual(reported[0].GetProperty("developments")[0].GetString(), reported[2].GetProperty("developments")[0].GetString());

        var kharkiv = root.GetProperty("cityQueries").GetProperty("Kharkov").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal([alert.GetProperty("id").GetString()], kharkiv);
        Assert.Empty(root.GetProperty("cityQueries").GetProperty("Nowhere").EnumerateArray());
        Assert.Equal(3, root.GetProperty("stats").GetProperty("articles").GetInt32());
    }
}
