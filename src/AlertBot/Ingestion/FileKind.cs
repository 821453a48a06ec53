using System.Runtime.InteropServices;
using System.Text;

namespace AlertBot.Ingestion;

/// <summary>
/// What a path is without following it. .NET reports FIFOs, sockets and devices as ordinary files, and
/// opening a FIFO to read blocks until someone writes to it, so the inbox asks the file system itself
/// (lstat through the runtime's own native shim, which has one struct layout on every Unix).
/// </summary>
internal static class FileKind
{
    public enum Kind
    {
        Missing,
        Regular,
        Directory,
        SymbolicLink,

        /// <summary>A FIFO, socket or device: never an article, and reading one may block or never end.</summary>
        Special,
    }

    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int RegularType = 0x8000;
    private const int Link = 0xA000;
    private const int Socket = 0xC000;

    public static Kind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            return OfWindows(path);
        }

        // The FileStatus struct is about 120 bytes; the mode is the second int. Room to spare for later fields.
        var status = new byte[512];
        int result;
        try
        {
            result = Native.LStat(Utf8Path(path), status);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return OfWindows(path);
        }

        if (result != 0)
        {
            return Kind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            RegularType => Kind.Regular,
            DirectoryType => Kind.Directory,
            Link => Kind.SymbolicLink,
            Fifo or CharacterDevice or BlockDevice or Socket => Kind.Special,
            _ => Kind.Special,
        };
    }

    private static Kind OfWindows(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Directory.Exists(path) ? (new DirectoryInfo(path).LinkTarget is null ? Kind.Directory : Kind.SymbolicLink) : Kind.Missing;
        }

        return info.LinkTarget is not null || info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? Kind.SymbolicLink
            : info.Attributes.HasFlag(FileAttributes.Device) ? Kind.Special
            : Kind.Regular;
    }

    private static byte[] Utf8Path(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    private static class Native
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int LStat(byte[] path, [Out] byte[] status);
    }
}
