namespace AlertBot.Detection.Places;

/// <summary>
/// English word knowledge used to tell place names from ordinary words and people: common lowercase words
/// (the most frequent of SUBTLEX-US plus SCOWL's common dictionary words), common given names (Moby, SSA) and the
/// frequent words English writes capitalised (SUBTLEX-US). Each list is a hash-only <see cref="NameTable"/>.
/// </summary>
internal sealed class WordLists
{
    private static readonly Lazy<WordLists> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NameTable _common;
    private readonly NameTable _firstNames;
    private readonly NameTable _capitalised;

    private WordLists(NameTable common, NameTable firstNames, NameTable capitalised)
    {
        _common = common;
        _firstNames = firstNames;
        _capitalised = capitalised;
    }

    public static WordLists Default => Shared.Value;

    /// <summary>An everyday English word ("reading", "union"), so its capitalised form may not be a name.</summary>
    public bool IsCommon(ReadOnlySpan<char> lowercaseWord) => !_common.Get(lowercaseWord).IsEmpty;

    public bool IsFirstName(ReadOnlySpan<char> lowercaseWord) => !_firstNames.Get(lowercaseWord).IsEmpty;

    /// <summary>A frequent word English writes capitalised ("arab", "donald") that names no notable place: alone, it is no place name.</summary>
    public bool IsCapitalisedWord(ReadOnlySpan<char> lowercaseWord) => !_capitalised.Get(lowercaseWord).IsEmpty;

    private static WordLists Load() =>
        new(Words("common-words.txt.gz"), Words("first-names.txt"), Words("capitalised-words.txt"));

    private static NameTable Words(string file)
    {
        var builder = new NameTable.Builder();
        foreach (var word in EmbeddedData.ReadLines(file))
        {
            builder.Add(word, 0);
        }

        return builder.Build(static (_, _) => 0);
    }
}
