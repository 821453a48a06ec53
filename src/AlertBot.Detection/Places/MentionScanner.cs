namespace AlertBot.Detection.Places;

/// <summary>
/// First pass over a text: finds runs of capitalised words that name places (longest run first, exact
/// spelling before transliteration variants) and drops those that read as people or ordinary words.
/// Person evidence (titles, given names, speech verbs) is recorded in the context for the whole document.
/// </summary>
internal sealed class MentionScanner(PlaceIndex index, WordLists words)
{
    private readonly PersonCues _people = new(words);

    private const int MaxWindow = 6;

    public List<MentionCandidate> Scan(TokenizedText text, PlaceContext evidence)
    {
        var tokens = text.Tokens;
        var found = new List<MentionCandidate>();
        var placeEnd = -1;
        for (var i = 0; i < tokens.Length;)
        {
            if (EnglishCues.IsTitle(text.Fold(i)) && TitledNameEnd(text, i) is var end && end > i + 1)
            {
                RecordPerson(text, i + 1, end, evidence);
                i = end;
                continue;
            }

            if (!tokens[i].Capitalised || LongestMatch(text, i) is not { } match)
            {
                i++;
                continue;
            }

            if (Judge(text, match, placeEnd == i, evidence) is { } kept)
            {
                found.Add(kept);
                placeEnd = match.Last + 1;
                i = match.Last + 1;
            }
            else
            {
                // The words inside a rejected run ("The US and UK") may still name places on their own.
                i++;
            }
        }

        return found;
    }

    /// <summary>The name after a title runs while words are capitalised or name particles ("Prime Minister Nouri al-Maliki").</summary>
    private static int TitledNameEnd(TokenizedText text, int title)
    {
        var tokens = text.Tokens;
        var end = title + 1;
        while (end < tokens.Length && tokens[end - 1].JoinedToNext)
        {
            var particle = EnglishCues.IsPersonParticle(text.Fold(end)) && end + 1 < tokens.Length && tokens[end].JoinedToNext && tokens[end + 1].Capitalised;
            if (!tokens[end].Capitalised && !particle)
            {
                break;
            }

            end++;
        }

        return end;
    }

    private static void RecordPerson(TokenizedText text, int from, int end, PlaceContext evidence)
    {
        for (var i = from; i < end; i++)
        {
            var fold = text.Fold(i);
            if (text.Tokens[i].Capitalised && fold.Length >= 3 && !EnglishCues.IsTitle(fold))
            {
                evidence.AddPersonWord(fold.ToString());
            }
        }
    }

    private MentionCandidate? LongestMatch(TokenizedText text, int first)
    {
        var longest = Math.Min(MaxWindow, text.Tokens.Length - first);
        for (var count = longest; count >= 1; count--)
        {
            if (!IsNameWindow(text, first, count))
            {
                continue;
            }

            var key = text.Fold(first, count);
            if (index.TryExact(key, out var places))
            {
                return new MentionCandidate(first, count, places, PlaceMatchKind.Exact, false);
            }

            if (index.TryDemonym(key, out places))
            {
                return new MentionCandidate(first, count, places, PlaceMatchKind.Demonym, false);
            }
        }

        // Only when no spelling matches exactly: an exact name always beats a transliteration variant.
        Span<char> variant = stackalloc char[NameKey.MaxLength];
        for (var count = longest; count >= 1; count--)
        {
            var key = text.Fold(first, count);
            // A word English writes capitalised that names no big place ("Kashmir", "Donald") is spelled as meant, not a respelling of
            // a small town's name ("Kashmor"); in a longer name ("Khan Younis") the other words decide.
            if (key.Length > NameKey.MaxLength || !IsNameWindow(text, first, count) || HasEnglishWord(text, first, count)
                || (count == 1 && words.IsCapitalisedWord(key)))
            {
                continue;
            }

            var length = NameKey.WriteVariant(key, variant);
            if (length >= 3 && index.TryVariant(variant[..length], out var places) && Transliterated(places) is { } respelled)
            {
                return new MentionCandidate(first, count, respelled, PlaceMatchKind.Variant, false);
            }

            if (count == 1 && length >= 5 && index.TryPartial(variant[..length], out places) && Transliterated(places) is { } shortened)
            {
                return new MentionCandidate(first, count, shortened, PlaceMatchKind.Variant, false);
            }
        }

        return null;
    }

    /// <summary>Only places of non-Latin-script countries reach English in several spellings ("Uruapan" is no "European").</summary>
    private static Place[]? Transliterated(Place[] places)
    {
        var kept = Array.FindAll(places, p => TransliteratedCountries.Contains(p.CountryCode));
        return kept.Length > 0 ? kept : null;
    }

    /// <summary>Transliterated names are not English words: "Then the US" is no spelling of "Tunis".</summary>
    private bool HasEnglishWord(TokenizedText text, int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            if (text.Tokens[i].Capitalised && words.IsCommon(text.Fold(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A user's query with a word of everyday English, a given name or a nationality in it ("the syrian", "rami") is no respelling of a name.</summary>
    internal static bool HasEnglishWord(string exactKey, WordLists words, PlaceIndex index)
    {
        foreach (var range in exactKey.AsSpan().Split(' '))
        {
            var word = exactKey.AsSpan(range);
            if (words.IsCommon(word) || words.IsFirstName(word) || words.IsCapitalisedWord(word) || index.TryDemonym(word, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Joined words, capitalised at both ends, with only name particles in lower case between.</summary>
    private static bool IsNameWindow(TokenizedText text, int first, int count)
    {
        var tokens = text.Tokens;
        for (var i = first; i < first + count - 1; i++)
        {
            if (!tokens[i].JoinedToNext || (i > first && !tokens[i].Capitalised && !EnglishCues.IsNameParticle(text.Fold(i))))
            {
                return false;
            }
        }

        return tokens[first + count - 1].Capitalised;
    }

    /// <summary>Keeps the candidate unless its words read as a person or an ordinary capitalised word.</summary>
    private MentionCandidate? Judge(TokenizedText text, MentionCandidate match, bool followsPlace, PlaceContext evidence)
    {
        var tokens = text.Tokens;
        var fold = text.Fold(match.First, match.Count);
        var single = match.Count == 1;
        if ((single && EnglishCues.IsCalendarWord(fold)) || !AbbreviationMatches(text, match) || ModifiesOtherName(text, match) || BeforeCode(text, match) || AfterFeatureWord(text, match))
        {
            return null;
        }

        if ((!followsPlace && _people.NamedPersonBefore(text, match)) || _people.GivenNameBeforeSurname(text, match) || _people.Speaks(text, match))
        {
            var surname = text.Fold(match.Last);
            if (surname.Length >= 3)
            {
                evidence.AddPersonWord(surname.ToString());
            }

            return null;
        }

        var ordinary = single && (words.IsCommon(fold) || words.IsFirstName(fold) || words.IsCapitalisedWord(fold));
        var insideOtherName = (!followsPlace && AfterCapitalisedWord(text, match.First)) || BeforeCapitalisedWord(text, match.Last);
        if (ordinary && !match.NamesCountryOrRegion && (tokens[match.First].SentenceInitial || tokens[match.First].WeakCase || insideOtherName))
        {
            // "European Union", "Rugby Football Union": an ordinary word joined to other capitalised words is part of another name.
            return null;
        }

        // Towns rarely take "the": "the White House", "the Aurora" name buildings and ships ("the Hague" is big enough),
        // unless the name only qualifies what follows ("the Wasilla Bible Church").
        var afterArticle = match.First > 0 && tokens[match.First - 1].JoinedToNext && text.Fold(match.First - 1) is "the"
            && !BeforeCapitalisedWord(text, match.Last);
        return ordinary || (afterArticle && !match.NamesCountryOrRegion) ? match with { NeedsEvidence = true } : match;
    }

    private static bool AfterCapitalisedWord(TokenizedText text, int first) =>
        first > 0 && text.Tokens[first - 1].JoinedToNext && text.Tokens[first - 1].Capitalised;

    private static bool BeforeCapitalisedWord(TokenizedText text, int last) =>
        last + 1 < text.Tokens.Length && text.Tokens[last].JoinedToNext && text.Tokens[last + 1].Capitalised;

    /// <summary>
    /// The capitalised words after the name end in a head noun: "Sundance Film Festival", "Downing Street", "The New York
    /// Times". Only a country's name keeps its reading there ("Israel Defense Forces" are Israel's); a region's is as
    /// often a title or a firm as its namesake city's.
    /// </summary>
    private static bool ModifiesOtherName(TokenizedText text, MentionCandidate match)
    {
        const int lookahead = 3;
        if (Array.Exists(match.Places, p => p.IsCountry))
        {
            return false;
        }

        var tokens = text.Tokens;
        for (var i = match.Last + 1; i < tokens.Length && i <= match.Last + lookahead && tokens[i - 1].JoinedToNext && tokens[i].Capitalised; i++)
        {
            if (EnglishCues.IsNonPlaceHead(text.Fold(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Mount Fuji", "Lake Geneva", "Real Madrid": the capitalised feature word before a town's name makes it a mountain, a lake
    /// or a club.
    /// </summary>
    private static bool AfterFeatureWord(TokenizedText text, MentionCandidate match) =>
        !match.NamesCountryOrRegion && match.First > 0 && text.Tokens[match.First - 1].JoinedToNext && text.Tokens[match.First - 1].Capitalised
            && EnglishCues.IsFeatureWord(text.Fold(match.First - 1));

    /// <summary>
    /// "Beverly Hills, 90210": a name followed by a comma and a bare number of four or more digits that is no year is
    /// a title or a postal code, not a place the story happens in.
    /// </summary>
    private static bool BeforeCode(TokenizedText text, MentionCandidate match)
    {
        var next = match.Last + 1;
        if (next >= text.Tokens.Length)
        {
            return false;
        }

        var last = text.Tokens[match.Last];
        var between = text.Text.AsSpan(last.Start + last.Length, text.Tokens[next].Start - last.Start - last.Length).Trim();
        var number = text.Surface(next);
        return between is "," && number.Length >= 4 && !number.ContainsAnyExceptInRange('0', '9')
            && !(number.Length == 4 && number[0] is '1' or '2');
    }

    /// <summary>Names of three letters or fewer must match in case too: "US" is a country, "Us" is not.</summary>
    private static bool AbbreviationMatches(TokenizedText text, MentionCandidate match)
    {
        var surface = text.Text.AsSpan(text.Tokens[match.First].Start, text.Tokens[match.Last].Start + text.Tokens[match.Last].Length - text.Tokens[match.First].Start);
        Span<char> letters = stackalloc char[Math.Min(surface.Length, 8)];
        var count = 0;
        foreach (var c in surface)
        {
            if (char.IsLetter(c))
            {
                if (count == letters.Length)
                {
                    return true;
                }

                letters[count++] = c;
            }
        }

        if (count > 3)
        {
            return true;
        }

        foreach (var place in match.Places)
        {
            if (LettersEqual(place.Name, letters[..count]))
            {
                return true;
            }

            foreach (var alias in place.Aliases)
            {
                if (LettersEqual(alias, letters[..count]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool LettersEqual(string name, ReadOnlySpan<char> letters)
    {
        var at = 0;
        foreach (var c in name)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (at == letters.Length || letters[at++] != c)
            {
                return false;
            }
        }

        return at == letters.Length;
    }
}
