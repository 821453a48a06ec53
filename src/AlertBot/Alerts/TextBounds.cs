namespace AlertBot.Alerts;

/// <summary>Cuts text to a length at a sensible place, never inside a surrogate pair.</summary>
public static class TextBounds
{
    /// <summary>A one-line field: cut at the last space before the limit, marked with an ellipsis.</summary>
    public static string Cut(string value, int max)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= max)
        {
            return value;
        }

        var end = SafeEnd(value, max - 1);
        var space = value.LastIndexOf(' ', end - 1, Math.Min(end, 40));
        return value[..(space > 0 ? space : end)].TrimEnd() + "…";
    }

    /// <summary>A text: cut at the last paragraph or line break before the limit (a sentence break, else anywhere).</summary>
    public static string CutText(string value, int max)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= max)
        {
            return value;
        }

        var end = SafeEnd(value, max);
        var window = Math.Min(end, 2000);
        var cut = value.LastIndexOf('\n', end - 1, window);
        if (cut <= 0)
        {
            cut = value.LastIndexOfAny(['.', '!', '?'], end - 1, window) + 1;
        }

        return value[..(cut > 0 ? cut : end)].TrimEnd();
    }

    private static int SafeEnd(string value, int end) =>
        end > 0 && char.IsHighSurrogate(value[end - 1]) ? end - 1 : end;
}
