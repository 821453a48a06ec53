using AlertBot.Detection.Events;
using AlertBot.Detection.Grouping;
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

    /// <summary>Sentences of the lead: with the title, what the article is about and where.</summary>
    private const int LeadSentences = 2;

    /// <summary>Words the lead's places are read from at least, however many sentences that takes (see <see cref="LeadPlaces"/>).</summary>
    private const int LeadWords = 30;

    /// <summary>A long article's lead for grouping: more of its opening, so its names and facts tell its event from others.</summary>
    private const int LongLeadSentences = 4;

    /// <summary>A body this long reports more than one development (a feed item's description is a sentence or two).</summary>
    private const int LongArticleSentences = 5;

    /// <summary>How significant a long article's own development must be for its body to break further news (major: deaths, a leader, a capital).</summary>
    private const double BreakingSignificance = 0.9;

    private readonly TextCleaner _cleaner = new();

    public Gazetteer Gazetteer { get; } = gazetteer;

    public ArticleAnalysis Analyze(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var cleaned = _cleaner.Clean(article.Outlet, article.Title, article.Body);
        var sentences = Sentences(cleaned);
        var mentions = Mentions(sentences);
        var lead = string.Join(' ', cleaned.Sentences.Take(cleaned.Sentences.Count >= LongArticleSentences ? LongLeadSentences : LeadSentences).Select(s => s.Text));
        // The kind is read from the title as published: "Watch:", "LIVE:" and "- video" label the page though the title that
        // heads an alert leaves them out.
        var published = TextNormalizer.Normalize(article.Title).Trim();
        var kindTitle = published.Length > 0 ? published : cleaned.Title;
        var url = article.Url ?? article.Source;
        var kind = ArticleKindClassifier.Classify(kindTitle, url, lead);
        var leadPlaces = LeadPlaces(sentences, mentions);
        if (cleaned.Dateline is { } dateline && !leadPlaces.Any(p => p.IsSettlement)
            && Gazetteer.FindMentions(dateline).Select(m => m.Place).FirstOrDefault(p => p.IsSettlement) is { } filed)
        {
            // "DHAKA, Bangladesh — ...": the lead names only the country; the dateline says which city the report is from.
            leadPlaces.Insert(0, filed);
        }

        var main = leadPlaces.Count > 0 ? leadPlaces[0] : MainPlace(sentences, mentions);
        var candidates = Candidates(sentences, mentions, main, article.Published);
        var titleStates = TitleStatesNews(cleaned.Title, candidates);
        if (kind == ArticleKind.Media && titleStates && ArticleKindClassifier.IsPlainClip(kindTitle, url, lead))
        {
            // Filed under a video section but titled as a report ("Republicans win control of the US Senate"): a news clip
            // reports the news.
            kind = ArticleKind.Report;
        }

        var groups = Group(candidates);
        var scored = groups
            .Select(g => (Group: g, Score: SignificanceScorer.Score(g, kind)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Group.Members.Min(m => m.SentenceIndex))
            .Take(MaxDevelopments)
            .ToList();
        var titled = scored.FindIndex(x => x.Group.Members.Any(m => m.SentenceIndex < 0) && x.Group.Tense == EventTense.Current);
        if (titleStates && titled > 0)
        {
            // The title says what the news is: a bigger event only the body tells of is its background ("Tsunami slows
            // Sri Lanka's growth" is not a tsunami alert), kept as a further development a long article may report.
            var own = scored[titled];
            scored.RemoveAt(titled);
            scored.Insert(0, own);
        }

        IReadOnlyList<string> text = lead.Length > 0 ? [cleaned.Title, lead] : [cleaned.Title];
        var developments = new List<Development>(scored.Count);
        if (scored.Count == 0)
        {
            developments.Add(Fallback(cleaned, sentences, leadPlaces, main, text));
        }
        else
        {
            var first = Build(scored[0].Group, scored[0].Score, text, main);
            developments.Add(leadPlaces.Count > 0 ? first with { Places = leadPlaces, PlacesNamed = true } : first);
            if (cleaned.Sentences.Count >= LongArticleSentences && first.IsHeadline && first.Significance >= BreakingSignificance)
            {
                // A long article breaking headline news reports more than its headline: each further headline-level development
                // its body states is found, grouped and alerted on its own. A piece whose own news is ordinary does not break
                // news in its body: a killing there is background ("the rapper was shot dead in 1996").
                developments.AddRange(scored.Skip(1)
                    .Where(x => x.Score >= SignificanceScorer.Threshold && x.Group.Members.Any(m => m.SentenceIndex >= 0) && !Retells(first, x.Group))
                    .Select(x => Build(x.Group, x.Score, null, main)));
            }
        }

        titleStates &= kind == ArticleKind.Report;
        var titleAction = TitleAction(cleaned.Title, candidates);
        return new ArticleAnalysis(developments, developments[0].Places, kind, cleaned.Title, titleStates, titleAction);
    }

    /// <summary>
    /// A further attack, toll, disaster or riot the body tells where the article's own one happened, or nowhere else, is that
    /// event told again ("A 35-year-old deputy was attacked" under "Deputy shot and killed"; "The island was hit" under "Ten
    /// dead in Iran quake"), not a second development; one in another town is ("A car bomb exploded in Kirkuk").
    /// </summary>
    private static bool Retells(Development own, EventGroup further)
    {
        if (!Violent(own.Action) || !Violent(further.Action) || EventFamily.Conflict(own.Action, further.Action))
        {
            return false;
        }

        var towns = own.Places.Where(p => p.IsSettlement).Select(p => p.GeonameId).ToHashSet();
        return further.Places.Where(p => p.IsSettlement).All(p => towns.Contains(p.GeonameId));

        static bool Violent(EventAction action) => EventFamily.IsCasualty(action) || EventFamily.CausesTolls(action);
    }

    /// <summary>
    /// The kind of event the title states. "Six killed in stabbing": the deaths are what the stabbing did, so the title's kind
    /// is the stabbing's ("Dozens killed as earthquake hits Herat": the quake's); a toll is the kind only when the title
    /// states nothing else.
    /// </summary>
    private static EventAction TitleAction(string title, List<EventCandidate> candidates)
    {
        // A weak word ("suspect", "trial") names the kind only when the title states nothing firmer: "1 dead, 2 hurt in office
        // shooting; police say suspect had worked there" is the shooting's.
        var events = candidates.Where(IsTitleEvent).ToList();
        var firm = events.Where(c => c.Weight >= FirmTrigger).ToList();
        var actions = (firm.Count > 0 ? firm : events).Select(c => c.Action).ToList();
        var action = actions.FirstOrDefault(a => !EventFamily.IsCasualty(a), actions.FirstOrDefault(EventAction.Other));
        if (!EventFamily.IsCasualty(action))
        {
            return action;
        }

        var tokens = Tokenizer.Tokenize(title);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (TriggerLexicon.Match(tokens, i) is { Trigger: { Weight: >= 1.0 } trigger } && EventFamily.CausesTolls(trigger.Action))
            {
                return trigger.Action;
            }
        }

        return action;
    }

    private const double FirmTrigger = 0.8;

    private static bool IsTitleEvent(EventCandidate c) => c.SentenceIndex < 0 && c.Tense == EventTense.Current && c.Action != EventAction.Other;

    /// <summary>
    /// The title reports a current event in its own clause: not only background or a prospect, and not only in a leading
    /// "After ..., " aside, which names what the piece follows up ("After Bondi Stabbing Rampage, Australia Asks Why").
    /// </summary>
    private static bool TitleStatesNews(string title, List<EventCandidate> candidates)
    {
        var comma = title.IndexOf(", ", StringComparison.Ordinal);
        var aside = comma > 0 && LeadingAsides.Any(a => title.StartsWith(a, StringComparison.OrdinalIgnoreCase)) ? comma : -1;
        return candidates.Where(IsTitleEvent).Any(c =>
        {
            var at = title.IndexOf(c.Clause, StringComparison.Ordinal);
            return aside < 0 || at < 0 || at + c.TriggerAt > aside;
        });
    }

    private static readonly string[] LeadingAsides = ["after ", "following ", "amid ", "as ", "since ", "despite ", "in the wake of ", "ahead of ", "a day after ", "days after ", "weeks after "];

    /// <summary>
    /// Places the title and lead name, most specific first: a town before its region before its country ("Baalbek", not
    /// "Lebanon"), then the most named, then the first named. A demonym ("Iranian") names who, not where.
    /// </summary>
    private static List<Place> LeadPlaces(List<(string Text, int Index)> sentences, List<IReadOnlyList<PlaceMention>> mentions)
    {
        var found = new Dictionary<int, (Place Place, int Count, int First)>();
        var words = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            // A lead is its first two sentences, or more when they are short: a standfirst of one-line bullets ("One person
            // was killed", "Two crew members were taken to hospital") comes before the paragraph that says where.
            if (sentences[i].Index >= LeadSentences && words >= LeadWords)
            {
                break;
            }

            if (sentences[i].Index >= 0)
            {
                words += LineShapes.CountWords(sentences[i].Text);
            }

            foreach (var m in mentions[i])
            {
                found[m.Place.GeonameId] = found.TryGetValue(m.Place.GeonameId, out var known)
                    ? (known.Place, known.Count + 1, known.First)
                    : (m.Place, 1, i);
            }
        }

        return [.. found.Values
            .OrderBy(p => Specificity(p.Place))
            .ThenByDescending(p => p.Count)
            .ThenBy(p => p.First)
            .ThenByDescending(p => p.Place.Population)
            .Select(p => p.Place)];
    }

    private static int Specificity(Place place) => place.IsSettlement ? 0 : place.IsRegion ? 1 : 2;

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
        List<(string Text, int Index)> sentences, List<IReadOnlyList<PlaceMention>> mentions, Place? main, DateTimeOffset published)
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
            foreach (var candidate in SentenceExtractor.Extract(text, index, mentions[i], published.Year, published.Month))
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
        // When the title states as much as the lead's clause or more ("Dozens killed as floods hit ..." over "600 houses
        // destroyed", "President flees the country" over "the army declared the end of his rule"), the title's event leads that
        // development: the outlet's headline says what happened.
        var body = groups.Where(g => g.Members.Any(m => m.SentenceIndex >= 0)).ToList();
        if (body.Count == 0)
        {
            return groups;
        }

        var leadAt = body.IndexOf(body.MinBy(g => g.Members.Min(m => m.SentenceIndex))!);
        var kept = new List<EventGroup>();
        foreach (var title in groups.Where(g => g.Members.All(m => m.SentenceIndex < 0) && g.Tense == EventTense.Current))
        {
            var lead = body[leadAt];
            var weightier = SignificanceScorer.Base(title.Action) - SignificanceScorer.Base(lead.Action);
            if (weightier >= 0 && !EventFamily.Conflict(title.Action, lead.Action))
            {
                var merged = new EventGroup(title.Lead);
                foreach (var member in title.Members.Skip(1).Concat(lead.Members))
                {
                    merged.Add(member);
                }

                body[leadAt] = merged;
            }
            else if (weightier > 0)
            {
                // "President Yoon declares martial law" over "The president accused the opposition of anti-state activities":
                // the lead tells another, lesser kind of event than the title, which is no paraphrase of it and stays the news.
                kept.Add(title);
            }
        }

        body.AddRange(kept);
        return body;
    }

    private static Certainty CertaintyOf(EventCandidate c) =>
        c.Hedged ? Certainty.Hedged : c.Attribution is not null ? Certainty.Attributed : Certainty.Stated;

    private static Development Build(EventGroup group, double score, IReadOnlyList<string>? text, Place? main)
    {
        var certainty = group.Members.Max(CertaintyOf);
        // The earliest firm statement leads; a hedged clause only when the article never firms it up.
        var lead = group.Members.OrderBy(m => m.Hedged).ThenBy(m => m.SentenceIndex).First();
        var evidence = group.Members.Select(m => EvidenceText.Compress(m.Clause)).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var headline = HeadlineWriter.Write(lead, CertaintyOf(lead) == Certainty.Hedged, lead.Attribution);
        var actor = group.Members.Select(m => m.Actor).FirstOrDefault(a => a is not null && !WordSets.Pronouns.Contains(a.ToLowerInvariant()));
        return new Development(
            headline,
            SummaryWriter.Write(evidence),
            group.Action,
            actor,
            Specific(group.Places, main),
            evidence,
            Math.Round(score, 3),
            group.Tense == EventTense.Current && score >= SignificanceScorer.Threshold,
            certainty,
            group.Members.Select(m => m.Attribution).FirstOrDefault(a => a is not null),
            group.Members.Max(m => m.Magnitude),
            group.PlacesFromText,
            text ?? [lead.Clause]);
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
    private static Development Fallback(
        CleanedArticle cleaned, List<(string Text, int Index)> sentences, List<Place> leadPlaces, Place? main, IReadOnlyList<string> text)
    {
        var title = cleaned.Title.Length > 0 ? cleaned.Title : sentences.Count > 0 ? sentences[0].Text : "";
        var evidence = sentences.Count > 0 ? [sentences[0].Text] : new List<string> { title };
        IReadOnlyList<Place> places = leadPlaces.Count > 0 ? leadPlaces : main is null ? [] : [main];
        var cut = title.Length <= HeadlineWriter.MaxLength ? title.Length : title.LastIndexOf(' ', HeadlineWriter.MaxLength - 2);
        var headline = cut == title.Length ? title : title[..(cut > 0 ? cut : HeadlineWriter.MaxLength - 1)];
        return new Development(headline, SummaryWriter.Write(evidence), EventAction.Other, null, places, evidence, 0, false, Certainty.Stated, null, 0, leadPlaces.Count > 0, text);
    }
}
