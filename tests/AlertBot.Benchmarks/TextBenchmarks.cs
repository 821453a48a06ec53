using AlertBot.Detection.Text;
using BenchmarkDotNet.Attributes;

namespace AlertBot.Benchmarks;

/// <summary>
/// Text cleaning on a ~3 KB news article (typographic quotes, abbreviations, a wire dateline and a footer of
/// promotions), the size of a typical feed or BBC article. The engine budget is 2 ms per article in total.
/// </summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private const string Title = "Rebel forces say they have taken the northern city as the army withdraws";

    private static readonly string Body = string.Join('\n',
        "NORTHTOWN, Dec. 8 (Wire) \u2013 Rebel forces said on Sunday they had taken full control of the northern city after a day of fighting, and that government troops had withdrawn towards the coast.",
        "",
        "\u201CThe city is free,\u201D a rebel commander told reporters in the main square. \u201CWe will not harm those who drop their arms.\u201D Thousands of residents poured onto the streets, chanting and dancing, according to witnesses.",
        "",
        "The U.N. envoy, Dr. A. Example, said at 10 a.m. local time that the situation was \u201Cfluid\u201D and urged all sides to protect civilians. The U.S. State Department said it was monitoring events closely. Mr. Sample, a spokesman, declined to comment further.",
        "",
        "The army command has not confirmed the withdrawal. State television said units had been \u201Credeployed\u201D to defend the capital, 160km (100 miles) to the south, and that the president remained in the country\u2026 Officials gave no further details.",
        "",
        "Fighting in the area has displaced more than 3.5 million people since 2011, according to the U.N. refugee agency. Aid groups said on 12/8/2024 that hospitals were running short of fuel and medicine, and that roads out of the city were blocked by checkpoints.",
        "",
        "Read more: Who are the rebels and what do they want?",
        "",
        "The rebels were also reported to be moving towards two other towns, where residents said they had heard heavy shelling overnight. A monitoring group said at least 20 fighters had been killed on both sides since Saturday, though the figure could not be independently verified.",
        "",
        "Analysts said the loss of the city would be a serious blow. \u201CIt sits on the main road between the capital and the coast,\u201D said one, who asked not to be named. \u201CWhoever holds it controls the supply lines.\u201D",
        "",
        "Image caption, Residents gathered in the main square on Sunday",
        "",
        "Earlier, the government said it was ready to hold talks with the opposition, a move rebels dismissed as too late. Gen. B. Sample, a senior officer, said troops had orders to hold their positions around the capital.",
        "",
        "Neighbouring countries closed two border crossings on Sunday and said they were sending extra troops to the frontier. One foreign minister told a news conference that his government was \u201Cready for every scenario\u201D and called for an emergency meeting of the region's leaders. Oil prices rose 2.5% in early trading in Asia, and shares in airlines that fly over the region fell, e.g. those with routes to the Gulf.",
        "",
        "In the capital, queues formed outside bakeries and petrol stations. \u201CEveryone is waiting,\u201D said a shopkeeper, who gave only his first name. \u201CNobody knows what tomorrow brings\u2026 but we are not leaving.\u201D",
        "",
        "This breaking news story is being updated and more details will be published shortly. Please refresh the page for the fullest version.",
        "",
        "You can receive breaking news alerts on a smartphone or tablet via the Example News app. You can also follow @ExampleNews on X or subscribe to our YouTube channel to keep up with the latest news.",
        "",
        "\u00A9 2024 Example News. All rights reserved.");

    private readonly TextCleaner _cleaner = new();
    private readonly string[] _paragraphs = Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.Normalize).ToArray();

    /// <summary>
    /// The generated regexes are large methods; with only a few short warm-up iterations they are still running
    /// unoptimised code when measurement starts, so they get enough calls here to reach tier-1 first.
    /// </summary>
    [GlobalSetup]
    public void WarmUp()
    {
        for (var i = 0; i < 3000; i++)
        {
            _cleaner.Clean("example", Title, Body);
        }

        Thread.Sleep(TimeSpan.FromSeconds(1));
    }

    [Benchmark(Baseline = true)]
    public int Clean() => _cleaner.Clean("example", Title, Body).Sentences.Count;

    [Benchmark]
    public int Normalize()
    {
        var length = 0;
        foreach (var line in Body.Split('\n'))
        {
            length += TextNormalizer.Normalize(line).Length;
        }

        return length;
    }

    [Benchmark]
    public int Split()
    {
        var count = 0;
        foreach (var paragraph in _paragraphs)
        {
            count += SentenceSplitter.Split(paragraph).Count;
        }

        return count;
    }
}
