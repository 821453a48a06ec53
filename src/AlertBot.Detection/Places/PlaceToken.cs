namespace AlertBot.Detection.Places;

/// <summary>A word of the text as the place matcher sees it: where it is, its folded form, and its casing cues.</summary>
/// <param name="Start">Offset of the word in the text (possessive "'s" and edge quotes excluded).</param>
/// <param name="FoldStart">Offset of the folded word in <see cref="TokenizedText.Folded"/>.</param>
/// <param name="JoinedToNext">Only spaces or a hyphen separate it from the next word, so a name may continue.</param>
/// <param name="SentenceInitial">Starts a sentence, line or quotation: capitalisation is no evidence here.</param>
/// <param name="WeakCase">Sits in a title-case or all-caps line: capitalisation is no evidence here either.</param>
internal readonly record struct PlaceToken(
    int Start,
    int Length,
    int FoldStart,
    int FoldLength,
    bool Capitalised,
    bool AllCaps,
    bool JoinedToNext,
    bool SentenceInitial,
    bool WeakCase);
