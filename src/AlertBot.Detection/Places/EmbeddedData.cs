using System.IO.Compression;

namespace AlertBot.Detection.Places;

/// <summary>Reads the generated data files embedded under Places/Data (see tools/gazetteer).</summary>
internal static class EmbeddedData
{
    private const string Prefix = "AlertBot.Detection.Places.Data.";

    /// <summary>The whole file as text; .gz files are decompressed.</summary>
    public static string ReadAll(string fileName)
    {
        using var reader = new StreamReader(Open(fileName), System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Data lines, without blanks and '#' comment lines; .gz files are decompressed.</summary>
    public static IEnumerable<string> ReadLines(string fileName)
    {
        // Large reads: decompression costs per call, and the places file is read line by line.
        using var reader = new StreamReader(Open(fileName), System.Text.Encoding.UTF8, false, 1 << 16);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }

    private static Stream Open(string fileName)
    {
        var raw = typeof(EmbeddedData).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded gazetteer data '{fileName}' is missing; regenerate it with tools/gazetteer.");
        return fileName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
    }
}
