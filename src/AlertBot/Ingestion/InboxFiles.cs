using System.IO.Enumeration;

namespace AlertBot.Ingestion;

/// <summary>
/// The inbox's candidate files: regular files under the root, found without following a symbolic link (a
/// link can lead anywhere: /etc/passwd, another user's folder) and without opening anything that is not a
/// regular file (a FIFO blocks its reader until someone writes). Links and special files are reported once
/// each, so a person can see why they were passed over.
/// </summary>
internal static class InboxFiles
{
    private static readonly string[] PartialSuffixes = [".tmp", ".part", ".partial", ".crdownload", ".swp", "~"];

    /// <param name="passedOver">Told each link or special file met (the caller logs it once).</param>
    public static List<FileInfo> Enumerate(string root, Action<string, FileKind.Kind> passedOver)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        var entries = new FileSystemEnumerable<string>(root, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            // Links to folders are listed (to be reported), never entered.
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory || entry.Attributes.HasFlag(FileAttributes.ReparsePoint),
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
                !entry.FileName.StartsWith('.') && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint)
                && FileKind.Of(entry.ToFullPath()) == FileKind.Kind.Directory,
        };

        var files = new List<FileInfo>();
        foreach (var path in entries)
        {
            var relative = Path.GetRelativePath(root, path);
            var name = Path.GetFileName(path);
            if (IsHiddenPath(relative) || ArticleFileReader.IsDocumentation(name) || PartialSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            switch (FileKind.Of(path))
            {
                case FileKind.Kind.Regular:
                    files.Add(new FileInfo(path));
                    break;
                case FileKind.Kind.SymbolicLink or FileKind.Kind.Special or FileKind.Kind.Directory:
                    passedOver(relative.Replace('\\', '/'), FileKind.Of(path));
                    break;
            }
        }

        return files.OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.FullName, StringComparer.Ordinal).ToList();
    }

    /// <summary>Dot-folders (.failed, an editor's .git) and dotfiles are not articles.</summary>
    private static bool IsHiddenPath(string relative) =>
        relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
