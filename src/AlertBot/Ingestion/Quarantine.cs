namespace AlertBot.Ingestion;

/// <summary>Moves a file that can never be read out of the way, with the reason beside it for a person to see.</summary>
public static class Quarantine
{
    public const string FolderName = ".failed";

    public static string Move(string root, string path, string reason, DateTimeOffset now)
    {
        var relative = Path.GetRelativePath(root, path);
        var target = Path.Combine(root, FolderName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
        {
            target = Path.Combine(Path.GetDirectoryName(target)!,
                $"{Path.GetFileNameWithoutExtension(target)}.{now:yyyyMMddHHmmssfff}{Path.GetExtension(target)}");
        }

        File.Move(path, target);
        File.WriteAllText(target + ".reason", $"{reason}\nquarantined {now:O}\n");
        return target;
    }
}
