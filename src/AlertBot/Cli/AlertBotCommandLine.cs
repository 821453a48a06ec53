using System.CommandLine;
using AlertBot.Cli.Replay;

namespace AlertBot.Cli;

/// <summary>The command line: running the worker is the default; replay scores detection offline.</summary>
public static class AlertBotCommandLine
{
    public static RootCommand Build()
    {
        var inbox = new Option<string?>("--inbox") { Description = "Folder to watch for article files (Inbox:Path; default inbox)." };
        var database = new Option<string?>("--db") { Description = "SQLite database file (Storage:DatabasePath; default data/alertbot.db)." };
        var root = new RootCommand("""
            AlertBot: watches a folder and news feeds, detects breaking developments, merges reports of one
            development across outlets, and alerts Telegram subscribers (or this console when no bot token is set).
            Settings come from appsettings.json, environment variables (Telegram__BotToken) and user secrets;
            see appsettings.example.json.
            """)
        {
            inbox,
            database,
            ReplayCommand.Build(),
            FeedCheckCommand.Build(),
        };
        // Host settings may also be given as --Section:Key=value, as any .NET host accepts them.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((parse, cancellationToken) => RunCommand.RunAsync(
            parse.GetValue(inbox), parse.GetValue(database), parse.UnmatchedTokens.ToArray(), cancellationToken));
        return root;
    }
}
