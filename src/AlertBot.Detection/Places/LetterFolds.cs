namespace AlertBot.Detection.Places;

/// <summary>
/// Accent folding as data: the app runs with InvariantGlobalization, where string.Normalize cannot
/// decompose, so the generator ships each accented Latin letter's bare form.
/// </summary>
internal static class LetterFolds
{
    private const int TableSize = 0x2000;
    private static readonly string?[] Table = Build();

    /// <summary>The bare lowercase form of <paramref name="c"/>, or null when it has none besides itself.</summary>
    public static string? Of(char c) => c < TableSize ? Table[c] : null;

    private static string?[] Build()
    {
        var table = new string?[TableSize];
        foreach (var line in EmbeddedData.ReadLines("char-folds.tsv"))
        {
            var tab = line.IndexOf('\t');
            if (tab == 1 && line[0] < TableSize)
            {
                table[line[0]] = line[(tab + 1)..].ToLowerInvariant();
            }
        }

        return table;
    }
}
