using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace AlertBot.Tests.Storage;

/// <summary>
/// A query that ignores cancellation keeps a stopping host waiting on a locked database: every Dapper call in the
/// product goes through a <c>CommandDefinition</c> that carries the caller's token.
/// </summary>
public sealed partial class DapperCallTests
{
    [Fact]
    public void DapperCalls_InProduct_PassCancellationToken()
    {
        var offenders = new List<string>();
        var calls = 0;
        foreach (var file in Directory.EnumerateFiles(SourceRoot(), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (Match call in DapperCall().Matches(text))
            {
                calls++;
                // SQL in raw strings holds semicolons: the call's own end is the first ";" outside them.
                var statement = StatementAfter(text, call.Index + call.Length);
                // A DbCommand's own call (MergeConnection's kept commands) takes the token as its one argument.
                var adoNet = statement.TrimStart().StartsWith("cancellationToken)", StringComparison.Ordinal);
                if (!adoNet && (!statement.TrimStart().StartsWith("new CommandDefinition(", StringComparison.Ordinal)
                    || !statement.Contains("cancellationToken: ", StringComparison.Ordinal)))
                {
                    var line = text.AsSpan(0, call.Index).Count('\n') + 1;
                    offenders.Add($"{Path.GetRelativePath(SourceRoot(), file)}:{line}");
                }
            }
        }

        Assert.True(calls > 30, $"found only {calls} Dapper calls: the pattern no longer matches the code");
        Assert.True(offenders.Count == 0, "Dapper calls without a CommandDefinition carrying the token: " + string.Join(", ", offenders));
    }

    /// <summary>The text from <paramref name="start"/> to the end of the statement, skipping string literals.</summary>
    private static string StatementAfter(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            if (string.CompareOrdinal(text, i, "\"\"\"", 0, 3) == 0)
            {
                var close = text.IndexOf("\"\"\"", i + 3, StringComparison.Ordinal);
                i = close < 0 ? text.Length : close + 3;
                continue;
            }

            if (text[i] == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i++;
                continue;
            }

            if (text[i] == ';')
            {
                break;
            }

            i++;
        }

        return text[start..Math.Min(i, text.Length)];
    }

    private static string SourceRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src"));

    [GeneratedRegex(@"\.(?:Execute|ExecuteScalar|ExecuteReader|Query|QuerySingle|QuerySingleOrDefault|QueryFirst|QueryFirstOrDefault|QueryMultiple)(?:Async)?(?:<[^;]*?>)?\(")]
    private static partial Regex DapperCall();
}
