using System.Globalization;
using AlertBot.Alerts;
using AlertBot.Detection.Places;
using Microsoft.Extensions.Options;

namespace AlertBot.Chat;

/// <summary>The bot's commands, shared by every transport: text in, a <see cref="ChatReply"/> out.</summary>
public sealed class CommandHandler(
    SubscriberStore subscribers,
    AlertQueries alerts,
    CityQuery cityQuery,
    FollowCommands follows,
    SettingsCommands settings,
    IOptions<AlertsOptions> options,
    TimeProvider clock,
    IEnumerable<IAdminCommand> adminCommands)
{
    public const string HelpText = """
        AlertBot sends breaking news as it is confirmed by the outlets it follows.

        /start - subscribe to alerts
        /stop - unsubscribe and forget this chat
        /latest [n] - the newest alerts
        /city NAME - what happened in a place (any spelling: /city Kyiv, /city Kiev)
        /follow NAME - alerts only for the places you follow
        /unfollow NAME - stop following a place
        /following - the places you follow
        /cities - places with recent alerts
        /settings - which alerts, quiet hours, keywords (buttons)
        /level every|major|confirmed - every alert, major ones, or only those a second outlet confirmed
        /quiet 22:00-07:00, /quiet off, /quiet silent|wait, /timezone Europe/Paris - quiet hours
        /include WORD, /exclude WORD, /keywords [clear] - keyword filters
        /pause, /resume - stop and restart alerts, keeping everything
        /help - this text

        In groups and channels only the chat's administrators can subscribe, unsubscribe, follow or change settings.
        """;

    /// <summary>The public commands and their one-line descriptions (Telegram's command menu).</summary>
    public static IReadOnlyList<(string Command, string Description)> Menu { get; } =
    [
        ("start", "Subscribe to breaking alerts"),
        ("latest", "The newest alerts"),
        ("city", "What happened in a place: /city NAME"),
        ("follow", "Only alerts for places you follow"),
        ("unfollow", "Stop following a place"),
        ("following", "The places you follow"),
        ("cities", "Places with recent alerts"),
        ("settings", "Which alerts, quiet hours, keywords"),
        ("pause", "Pause alerts (nothing is deleted)"),
        ("resume", "Resume alerts"),
        ("stop", "Unsubscribe and forget this chat"),
        ("help", "How to use the bot"),
    ];

    public async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (command, argument) = Parse(request.Text);
        return command switch
        {
            null => await FreeTextAsync(argument, cancellationToken),
            "start" => await StartAsync(request, cancellationToken),
            "stop" => await StopAsync(request, cancellationToken),
            "help" => ChatReply.Plain(HelpText),
            "latest" => await LatestAsync(argument, cancellationToken),
            "city" => await CityAsync(argument, cancellationToken),
            "follow" => await follows.FollowAsync(request, argument, cancellationToken),
            "unfollow" => await follows.UnfollowAsync(request, argument, cancellationToken),
            "following" => await follows.FollowingAsync(request, cancellationToken),
            "cities" => await CitiesAsync(cancellationToken),
            _ when SettingsCommands.Names.Contains(command) => await settings.HandleAsync(request, command, argument, cancellationToken),
            _ => await AdminOrUnknownAsync(request, command, argument, cancellationToken),
        };
    }

    /// <summary>
    /// Whether the text changes the chat's subscription, follows or settings: in groups and channels only the
    /// chat's administrators may send those, so the transport checks before <see cref="HandleAsync"/>.
    /// </summary>
    public static bool ChangesChat(string text)
    {
        var (command, argument) = Parse(text);
        return command is "start" or "stop" or "follow" or "unfollow"
            || (command is not null && SettingsCommands.Changes(command, argument));
    }

    /// <summary>Splits "/city@MyBot Paris" into ("city", "Paris"); text that is not a command gives (null, text).</summary>
    public static (string? Command, string Argument) Parse(string text)
    {
        var trimmed = (text ?? "").Trim();
        if (!trimmed.StartsWith('/'))
        {
            return (null, trimmed);
        }

        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        var head = space < 0 ? trimmed[1..] : trimmed[1..space];
        var at = head.IndexOf('@');
        if (at >= 0)
        {
            head = head[..at];
        }

        return (head.ToLowerInvariant(), space < 0 ? "" : trimmed[(space + 1)..].Trim());
    }

    private async Task<ChatReply> StartAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        if (!request.CanManage)
        {
            return ChatReply.Plain("Only this chat's administrators can subscribe it. /help lists what I can do.");
        }

        var isNew = await subscribers.SubscribeAsync(request.ChatId, request.ChatType, request.ChatTitle, cancellationToken);
        var text = isNew
            ? """
              Subscribed. I watch news feeds and reports for breaking developments (a city taken, a leader gone, a disaster) and send each one once, as soon as it is reported, with its sources. When a second outlet confirms it, or its facts change, I edit the alert rather than send it again.

              To hear about one place only, /follow NAME (for example /follow Kyiv); /city NAME shows what happened there. /settings chooses every alert, major ones or only confirmed ones, quiet hours and keywords.
              """
            : "You are already subscribed. /settings shows what this chat gets; /help lists everything.";
        return new ChatReply(text, [],
        [
            new ReplyButton("Latest alerts", "/latest", "start"),
            new ReplyButton("Places with news", "/cities", "start"),
            new ReplyButton("Settings", "/settings", "more"),
            new ReplyButton("Help", "/help", "more"),
        ]);
    }

    private async Task<ChatReply> StopAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        if (!request.CanManage)
        {
            return ChatReply.Plain("Only this chat's administrators can unsubscribe it.");
        }

        var removed = await subscribers.ForgetAsync(request.ChatId, cancellationToken);
        return ChatReply.Plain(removed
            ? "Unsubscribed. I have deleted this chat's subscription, settings and followed places. /start brings you back."
            : "This chat was not subscribed. /start subscribes it.");
    }

    private async Task<ChatReply> LatestAsync(string argument, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxListed;
        var count = options.Value.LatestDefault;
        if (argument.Length > 0 && (!int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1))
        {
            return ChatReply.Plain($"/latest takes a number from 1 to {max}, for example /latest 3.");
        }

        var list = await alerts.LatestAsync(Math.Min(count, max), cancellationToken);
        return list.Count == 0
            ? ChatReply.Plain("No alerts yet. I will send them as soon as something happens.")
            : new ChatReply(list.Count == 1 ? "The latest alert:" : $"The latest {list.Count} alerts:", list, []);
    }

    private async Task<ChatReply> CityAsync(string argument, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            return ChatReply.Plain("Which place? For example: /city Paris");
        }

        var answer = await cityQuery.AnswerAsync(argument, cancellationToken);
        if (answer.Place is null)
        {
            return Suggest(argument, answer.Suggestions, "city");
        }

        var labels = PlaceLabel.Distinct([answer.Place, .. answer.Alternatives]);
        var label = labels[0];
        var buttons = new List<ReplyButton> { new($"Follow {label}", FollowCommands.Command("follow", answer.Place)) };
        buttons.AddRange(answer.Alternatives.Select((p, i) => new ReplyButton($"Not this one: {labels[i + 1]}", FollowCommands.Command("city", p))));
        if (answer.Alerts.Count == 0)
        {
            return new ChatReply($"Nothing reported in {label} yet. Follow it to hear when something is.", [], buttons);
        }

        var text = answer.Alerts.Count == 1 ? $"1 alert in {label}:" : $"{answer.Alerts.Count} alerts in {label}, newest first:";
        return new ChatReply(text, answer.Alerts, buttons);
    }

    private async Task<ChatReply> CitiesAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-7);
        var places = await alerts.CitiesAsync(since, 20, cancellationToken);
        if (places.Count == 0)
        {
            return ChatReply.Plain("No places with alerts in the last 7 days.");
        }

        var lines = places.Select(p => $"{p.Name} ({p.Country}): {p.Alerts} alert{(p.Alerts == 1 ? "" : "s")}");
        return new ChatReply("Places with alerts in the last 7 days:\n" + string.Join('\n', lines), [],
            places.Take(6).Select(p => new ReplyButton($"{p.Name}, {p.Country}", string.Create(CultureInfo.InvariantCulture, $"/city {p.GeonameId}"))).ToList());
    }

    private async Task<ChatReply> FreeTextAsync(string text, CancellationToken cancellationToken)
    {
        // A bare place name is the commonest thing people type; answer it as /city would.
        if (text.Length is > 1 and <= 60 && !text.Contains('?', StringComparison.Ordinal))
        {
            var answer = await cityQuery.AnswerAsync(text, cancellationToken);
            if (answer.Place is not null && answer.Alerts.Count > 0)
            {
                return await CityAsync(text, cancellationToken);
            }
        }

        return ChatReply.Plain("I answer commands. Try /latest for the newest alerts or /city NAME for a place; /help lists everything.");
    }

    private async Task<ChatReply> AdminOrUnknownAsync(ChatRequest request, string command, string argument, CancellationToken cancellationToken)
    {
        var admin = adminCommands.FirstOrDefault(a => a.Name == command);
        if (admin is null)
        {
            return ChatReply.Plain($"I don't know /{command}. /help lists what I can do.");
        }

        return request.IsAdmin
            ? await admin.HandleAsync(request, argument, cancellationToken)
            : ChatReply.Plain($"/{command} is for the bot's administrators.");
    }

    /// <summary>"No such place", with close names as buttons that act on exactly the place shown.</summary>
    public static ChatReply Suggest(string name, IReadOnlyList<Place> suggestions, string command)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        if (suggestions.Count == 0)
        {
            return ChatReply.Plain($"I don't know a place called \"{name}\". Check the spelling, or try a nearby city.");
        }

        var labels = PlaceLabel.Distinct(suggestions);
        return new ChatReply(
            $"I don't know a place called \"{name}\". Did you mean: {string.Join("; ", labels)}?",
            [],
            suggestions.Select((p, i) => new ReplyButton(labels[i], FollowCommands.Command(command, p))).ToList());
    }
}
