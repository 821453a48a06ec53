namespace AlertBot.Detection.Text;

/// <summary>
/// 64-bit FNV-1a over case-folded text. Remembering hashes instead of strings keeps the per-outlet memory
/// small, and 64 bits make a false "repeated" match negligible at a few thousand lines per outlet.
/// </summary>
internal static class LineHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            var folded = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c < 0x80 ? c : char.ToLowerInvariant(c);
            hash = (hash ^ folded) * Prime;
        }

        // Zero marks an empty slot in LineSeen.
        return hash == 0 ? Prime : hash;
    }
}
