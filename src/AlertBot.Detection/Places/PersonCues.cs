namespace AlertBot.Detection.Places;

/// <summary>Signs that capitalised words naming a place are really (part of) a person's name.</summary>
internal sealed class PersonCues(WordLists words)
{
    /// <summary>Places this big or this central are spoken for by their governments ("Baghdad said").</summary>
    private const int SpeakingPlacePopulation = 1_000_000;

    /// <summary>
    /// "Tony Blair", "Nouri al-Maliki": the candidate follows a given name, or an unknown capitalised word
    /// (not a common English word, not an acronym), possibly through name particles.
    /// </summary>
    public bool NamedPersonBefore(TokenizedText text, MentionCandidate match)
    {
        var tokens = text.Tokens;
        var before = match.First - 1;
        while (before >= 0 && tokens[before].JoinedToNext && !tokens[before].Capitalised && EnglishCues.IsPersonParticle(text.Fold(before)))
        {
            before--;
        }

        if (before < 0 || !tokens[before].JoinedToNext || !tokens[before].Capitalised)
        {
            return false;
        }

        var fold = text.Fold(before);
        if (words.IsFirstName(fold))
        {
            return true;
        }

        var unknownName = !tokens[before].AllCaps && !words.IsCommon(fold)
            && !EnglishCues.IsTitle(fold) && !EnglishCues.IsCalendarWord(fold);
        return unknownName && !match.NamesCountryOrRegion;
    }

    /// <summary>"Jordan Henderson", "Charlotte Church": a given name that is also a place, followed by a capitalised word.</summary>
    public bool GivenNameBeforeSurname(TokenizedText text, MentionCandidate match)
    {
        var tokens = text.Tokens;
        var next = match.Last + 1;
        if (match.Count != 1 || next >= tokens.Length || !tokens[match.Last].JoinedToNext || !tokens[next].Capitalised)
        {
            return false;
        }

        var nextFold = text.Fold(next);
        return words.IsFirstName(text.Fold(match.First)) && !EnglishCues.IsNameParticle(nextFold) && !tokens[next].AllCaps
            && !EnglishCues.IsCalendarWord(nextFold);
    }

    /// <summary>"Blair said", "said Blair.": a speaker, unless the place is big enough to speak through its government.</summary>
    public bool Speaks(TokenizedText text, MentionCandidate match)
    {
        var top = match.Places[0];
        if (match.NamesCountryOrRegion || match.NamesMajorCapital || top.Population >= SpeakingPlacePopulation)
        {
            return false;
        }

        var tokens = text.Tokens;
        var next = match.Last + 1;
        var before = match.First - 1;
        if (before >= 0 && tokens[before].JoinedToNext && text.Fold(before) is "in" or "from" or "near" or "outside" or "across")
        {
            // "Police in Madison said": the speakers are who stands before the place.
            return false;
        }

        if (next < tokens.Length && tokens[match.Last].JoinedToNext && EnglishCues.IsSpeechVerb(text.Fold(next)))
        {
            return true;
        }

        return before >= 0 && tokens[before].JoinedToNext && !tokens[match.Last].JoinedToNext && EnglishCues.IsSpeechVerb(text.Fold(before));
    }
}
