using System.IO.Compression;

namespace AlertBot.Detection.Places;

/// <summary>Reads the generated data files embedded under Places/Data (see tools/gazetteer).</summary>
internal static class EmbeddedData
{
    private const string Prefix = "AlertBot.Detection.Places.Data.";

    /// <summary>Data lines, without blanks and '#' comment lines; .gz files are decompressed.</summary>
    public static IEnumerable<string> ReadLines(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        using var raw = assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded gazetteer data '{fileName}' is missing; regenerate it with tools/gazetteer.");
        using var stream = fileName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }
}
