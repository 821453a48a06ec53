using AlertBot.Detection.Places;
using BenchmarkDotNet.Attributes;

namespace AlertBot.Benchmarks;

/// <summary>
/// The gazetteer on a ~3 KB English news article (place names, people, organisations, a title-case headline):
/// matching throughput, a user's /city query, and building the default gazetteer from the embedded data.
/// </summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    private static readonly string Article = string.Join('\n',
        "Rebels Say They Have Taken Full Control Of The Central City",
        "",
        "Rebel forces in Syria said on Sunday that they had taken full control of Homs, the country's third-largest city, after government troops withdrew overnight towards the coast and the capital, Damascus.",
        "",
        "Thousands of residents poured onto the streets of Homs, chanting and tearing down portraits of President Bashar al-Assad, according to witnesses. Mr Assad's whereabouts were not known, and a spokesman for the army declined to comment.",
        "",
        "In the north, fighters from Idlib and Aleppo pushed south along the main highway through Hama, while in the south opposition groups said they had seized Deraa and Suweida. Kurdish-led forces held Deir ez-Zor and the crossing at Al Bukamal on the Iraqi border.",
        "",
        "Prisoners were freed from the Sednaya prison north of Damascus, the Syrian Observatory for Human Rights said. Families from Tartus and Latakia travelled to look for missing relatives, and Hamas and Hezbollah issued statements from Gaza and Beirut.",
        "",
        "The US State Department said it was monitoring events closely. UK Foreign Secretary David Lammy told reporters in London that Britain would work with partners in Jordan, Turkey and Lebanon to get aid into the country.",
        "",
        "Analysts in Washington and Paris said the fall of Homs would cut the capital off from the coast. Reading the situation was difficult, one diplomat in Geneva said, because the army's command had collapsed so quickly.",
        "",
        "Michael Jordan-style comebacks were mentioned on social media, where users shared videos from Damascus, Homs and Hama. Georgia Smith, an aid worker with a charity in Amman, said hospitals in Homs were running short of fuel.",
        "",
        "The United Nations envoy said talks planned for Geneva next week would go ahead. Russia and Iran, the government's main allies, said they were in contact with all sides.",
        "",
        "Markets in Istanbul and Cairo fell on the news, while oil prices rose in New York trading. Shipping companies said vessels bound for the ports of Tartus and Latakia had been told to wait off Cyprus until the situation became clearer.",
        "",
        "In Brussels, European Union ministers met to discuss the crisis. A statement from Berlin said Germany would double its humanitarian aid, and officials in Ottawa and Canberra said consular staff were ready to help citizens leave.",
        "",
        "Back in Homs, a teacher who gave her name only as Rania said: \u201CWe waited thirteen years for this morning.\u201D Outside the city's old clock tower, men fired into the air and children climbed onto abandoned tanks.",
        "",
        "Aid agencies warned that roads between Homs and Palmyra remained mined, and that the airport at Qamishli was closed. Reporters in Baghdad, Riyadh and Doha said governments across the region were holding emergency meetings through the night.");

    private Gazetteer _gazetteer = null!;

    [GlobalSetup]
    public void Setup() => _gazetteer = Gazetteer.LoadDefault();

    [Benchmark]
    public int FindMentions() => _gazetteer.FindMentions(Article).Count;

    [Benchmark]
    public int ContextThenSentences()
    {
        var context = _gazetteer.ContextOf(Article);
        var count = 0;
        foreach (var line in Article.Split('\n'))
        {
            count += _gazetteer.FindMentions(line, context).Count;
        }

        return count;
    }

    [Benchmark]
    public Place? LookupVariant() => _gazetteer.Lookup("Sednaya").Best;

    [Benchmark]
    public int LookupSuggestion() => _gazetteer.Lookup("Homz").Suggestions.Count;

    [Benchmark]
    public int BuildDefault() => new Gazetteer(GazetteerData.Load()).Count;
}
