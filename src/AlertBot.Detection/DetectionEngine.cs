using AlertBot.Detection.Events;
using AlertBot.Detection.Merging;
using AlertBot.Detection.Places;
using AlertBot.Detection.Scoring;
using AlertBot.Detection.Summaries;
using AlertBot.Detection.Text;

namespace AlertBot.Detection;

/// <summary>Text in, developments out. Build once (it holds the gazetteer) and reuse; no I/O, safe to share across threads.</summary>
public sealed class DetectionEngine(Gazetteer gazetteer)
{
    /// <summary>The host stores every development; beyond this many per article the rest is detail.</summary>
    private const int MaxDevelopments = 8;

    /// <summary>Sentences of the lead whose words describe the article's main development.</summary>
    private const int LeadSentences = 2;

    /// <summary>Sentences after the headline that say what an article is about; beyond them come background and quotes.</summary>
    private const int GistSentences = 3;

    private readonly TextCleaner _cleaner = new();

    public Gazetteer Gazetteer { get; } = gazetteer;

    public ArticleAnalysis Analyze(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var cleaned = _cleaner.Clean(article.Outlet, article.Title, article.Body);
        var sentences = Sentences(cleaned);
        var mentions = Mentions(sentences);
        var main = MainPlace(sentences, mentions);
        var kind = ArticleKindClassifier.Classify(cleaned.Title);
        var candidates = Candidates(sentences, mentions, main, article.Published.Year);
        var groups = Group(candidates);
        var scored = groups
            .Select(g => (Group: g, Score: SignificanceScorer.Score(g, kind)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Group.Members.Min(m => m.SentenceIndex))
            .Take(MaxDevelopments)
            .ToList();
        var placeWords = mentions.SelectMany(m => m).SelectMany(m => m.Surface.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        var context = string.Join(' ', sentences.Take(LeadSentences + 1).Select(s => s.Text));
        var developments = scored.Count == 0
            ? [Fallback(cleaned, sentences, main, context)]
            : scored.Select((x, i) => Build(x.Group, x.Score, i == 0 ? context : null, placeWords, main)).ToList();
        return new ArticleAnalysis(developments, developments[0].Places, Gist(cleaned));
    }

    /// <summary>Headline and lead, place names kept: which towns a story is in is part of what it is about.</summary>
    private static IReadOnlyList<string> Gist(CleanedArticle cleaned)
    {
        var signature = new Signature();
        signature.AddText(cleaned.Title, context: false);
        foreach (var sentence in cleaned.Sentences.Take(GistSentences))
        {
            signature.AddText(sentence.Text, context: false);
        }

        return signature.ToTokens();
    }

    private static List<(string Text, int Index)> Sentences(CleanedArticle cleaned)
    {
        var list = new List<(string Text, int Index)>(cleaned.Sentences.Count + 1);
        var title = cleaned.Title.Trim().TrimEnd('.', '…').Trim();
        var firstBody = cleaned.Sentences.Count > 0 ? cleaned.Sentences[0].Text : "";
        if (title.Length > 0 && !firstBody.StartsWith(title, StringComparison.OrdinalIgnoreCase))
        {
            list.Add((cleaned.Title.Trim(), -1));
        }

        list.AddRange(cleaned.Sentences.Select(s => (s.Text, s.Index)));
        return list;
    }

    /// <summary>
    /// One gazetteer pass over the whole text (the document is its own context for ambiguous names), then each
    /// mention handed to its sentence with offsets relative to that sentence.
    /// </summary>
    private List<IReadOnlyList<PlaceMention>> Mentions(List<(string Text, int Index)> sentences)
    {
        var starts = new int[sentences.Count];
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < sentences.Count; i++)
        {
            starts[i] = builder.Length;
            builder.Append(sentences[i].Text).Append('\n');
        }

        var perSentence = new List<PlaceMention>[sentences.Count];
        for (var i = 0; i < perSentence.Length; i++)
        {
            perSentence[i] = [];
        }

        foreach (var mention in Gazetteer.FindMentions(builder.ToString()))
        {
            var i = Array.BinarySearch(starts, mention.Start);
            i = i >= 0 ? i : ~i - 1;
            perSentence[i].Add(mention with { Start = mention.Start - starts[i] });
        }

        return perSentence.Select(EventPlaces).ToList();
    }

    /// <summary>"French" names a country's people, not where something happened; towns come before their country.</summary>
    private static IReadOnlyList<PlaceMention> EventPlaces(IReadOnlyList<PlaceMention> mentions)
    {
        var named = mentions.Where(m => m.Match != PlaceMatchKind.Demonym).ToList();
        return named.Any(m => m.Place.IsSettlement) ? named.Where(m => m.Place.IsSettlement).ToList() : named;
    }

    /// <summary>
    /// The place the article is about: the most specific place its title and lead name (a town before its country),
    /// else the likeliest of the body's; named in the title or lead counts more than a passing mention.
    /// </summary>
    private static Place? MainPlace(List<(string Text, int Index)> sentences, List<IReadOnlyList<PlaceMention>> mentions) =>
        MainPlace(sentences, mentions, LeadSentences) ?? MainPlace(sentences, mentions, int.MaxValue);

    private static Place? MainPlace(List<(string Text, int Index)> sentences, List<IReadOnlyList<PlaceMention>> mentions, int lastSentence)
    {
        var scores = new Dictionary<int, (Place Place, double Score, int First)>();
        for (var i = 0; i < sentences.Count && sentences[i].Index < lastSentence; i++)
        {
            var weight = sentences[i].Index switch { < 0 => 3.0, <= 2 => 2.0, _ => 1.0 };
            foreach (var m in mentions[i])
            {
                var known = scores.GetValueOrDefault(m.Place.GeonameId, (m.Place, 0, i));
                scores[m.Place.GeonameId] = (m.Place, known.Score + weight, known.First);
            }
        }

        return scores.Count == 0
            ? null
            : scores.Values.OrderByDescending(s => s.Place.IsSettlement).ThenByDescending(s => s.Score).ThenBy(s => s.First).ThenByDescending(s => s.Place.Population).First().Place;
    }

    private static List<EventCandidate> Candidates(
        List<(string Text, int Index)> sentences, List<IReadOnlyList<PlaceMention>> mentions, Place? main, int year)
    {
        var found = new List<EventCandidate>();
        var actors = new ActorMemory();
        IReadOnlyList<Place> fallback = main is null ? [] : [main];
        for (var i = 0; i < sentences.Count; i++)
        {
            var (text, index) = sentences[i];
            if (TrailingAttribution(text) is { } source)
            {
                // "That's according to X": the previous sentence's events have a source.
                var previous = i > 0 ? sentences[i - 1].Index : int.MinValue;
                for (var j = 0; j < found.Count; j++)
                {
                    if (found[j].SentenceIndex == previous && found[j].Attribution is null)
                    {
                        found[j] = found[j] with { Attribution = source };
                    }
                }

                continue;
            }

            // A clause without a place happened where its sentence says, else where the article is about.
            var sentencePlaces = mentions[i].Select(m => m.Place).DistinctBy(p => p.GeonameId).ToList();
            foreach (var candidate in SentenceExtractor.Extract(text, index, mentions[i], year))
            {
                var resolved = actors.Resolve(candidate);
                var places = resolved.Places.Count > 0 ? resolved.Places : sentencePlaces.Count > 0 ? sentencePlaces : fallback;
                found.Add(resolved with { Places = places });
            }
        }

        return found;
    }

    private static string? TrailingAttribution(string sentence)
    {
        foreach (var opener in (string[])["That's according to ", "That is according to ", "This is according to ", "This was according to "])
        {
            if (sentence.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                var tokens = Tokenizer.Tokenize(sentence);
                return Attribution.Find(sentence, tokens, tokens.Length - 1);
            }
        }

        return null;
    }

    private static List<EventGroup> Group(List<EventCandidate> candidates)
    {
        var groups = new List<EventGroup>();
        foreach (var candidate in candidates)
        {
            var home = groups.FirstOrDefault(g => g.Accepts(candidate));
            if (home is null)
            {
                groups.Add(new EventGroup(candidate));
            }
            else
            {
                home.Add(candidate);
            }
        }

        // A title event no body sentence states is the title paraphrasing the lead ("Siege ends"): not a second development.
        return groups.Any(g => g.Lead.SentenceIndex >= 0) ? groups.Where(g => g.Members.Any(m => m.SentenceIndex >= 0)).ToList() : groups;
    }

    private static Certainty CertaintyOf(EventCandidate c) =>
        c.Hedged ? Certainty.Hedged : c.Attribution is not null ? Certainty.Attributed : Certainty.Stated;

    private static Development Build(EventGroup group, double score, string? context, IReadOnlySet<string> placeWords, Place? main)
    {
        var certainty = group.Members.Max(CertaintyOf);
        // The earliest firm statement leads; a hedged clause only when the article never firms it up.
        var lead = group.Members.OrderBy(m => m.Hedged).ThenBy(m => m.SentenceIndex).First();
        var evidence = group.Members.Select(m => EvidenceText.Compress(m.Clause)).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var headline = HeadlineWriter.Write(lead, CertaintyOf(lead) == Certainty.Hedged, lead.Attribution);
        var actor = group.Members.Select(m => m.Actor).FirstOrDefault(a => a is not null && !WordSets.Pronouns.Contains(a.ToLowerInvariant()));
        var places = group.Places;
        var signature = new Signature(placeWords);
        foreach (var e in evidence)
        {
            signature.AddText(e, context: false);
        }

        if (actor is not null)
        {
            signature.AddText(actor, context: false);
        }

        if (context is not null)
        {
            signature.AddText(context, context: true);
        }

        signature.AddPlaces(places);
        signature.SetTense(group.Tense);
        var key = new DevelopmentKey(group.Action, actor, places.Select(p => p.GeonameId).ToList(), signature.ToTokens());
        return new Development(
            headline,
            SummaryWriter.Write(evidence),
            group.Action,
            actor,
            Specific(places, main),
            evidence,
            Math.Round(score, 3),
            group.Tense == EventTense.Current && score >= SignificanceScorer.Threshold,
            certainty,
            group.Members.Select(m => m.Attribution).FirstOrDefault(a => a is not null),
            key);
    }

    /// <summary>
    /// Where a development is reported to be: a development that names only a country ("Lebanon") happened in the
    /// article's town when that town is in it ("Baalbek"). Grouping still compares what the clauses named.
    /// </summary>
    private static IReadOnlyList<Place> Specific(IReadOnlyList<Place> places, Place? main) =>
        main is { IsSettlement: true } && places.Count > 0 && places.All(p => !p.IsSettlement) && places.Any(p => p.CountryCode == main.CountryCode)
            ? [main]
            : places;

    /// <summary>Every article yields its main development, even one no lexicon names: its title, below any alert.</summary>
    private static Development Fallback(CleanedArticle cleaned, List<(string Text, int Index)> sentences, Place? main, string context)
    {
        var text = cleaned.Title.Length > 0 ? cleaned.Title : sentences.Count > 0 ? sentences[0].Text : "";
        var evidence = sentences.Count > 0 ? [sentences[0].Text] : new List<string> { text };
        var signature = new Signature();
        signature.AddText(text, context: false);
        signature.AddText(context, context: true);
        IReadOnlyList<Place> places = main is null ? [] : [main];
        signature.AddPlaces(places);
        var key = new DevelopmentKey(EventAction.Other, null, places.Select(p => p.GeonameId).ToList(), signature.ToTokens());
        var cut = text.Length <= HeadlineWriter.MaxLength ? text.Length : text.LastIndexOf(' ', HeadlineWriter.MaxLength - 2);
        var headline = cut == text.Length ? text : text[..(cut > 0 ? cut : HeadlineWriter.MaxLength - 1)] + "…";
        return new Development(headline, SummaryWriter.Write(evidence), EventAction.Other, null, places, evidence, 0, false, Certainty.Stated, null, key);
    }
}
