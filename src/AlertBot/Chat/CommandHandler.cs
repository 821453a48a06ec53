using System.Globalization;
using System.Text;
using AlertBot.Alerts;
using AlertBot.Detection.Places;
using Microsoft.Extensions.Options;

namespace AlertBot.Chat;

/// <summary>The bot's commands, shared by every transport: text in, a <see cref="ChatReply"/> out.</summary>
public sealed class CommandHandler(
    SubscriberStore subscribers,
    AlertQueries alerts,
    CityQuery cityQuery,
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
        /help - this text
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
            "follow" => await FollowAsync(request, argument, cancellationToken),
            "unfollow" => await UnfollowAsync(request, argument, cancellationToken),
            "following" => await FollowingAsync(request, cancellationToken),
            "cities" => await CitiesAsync(cancellationToken),
            _ => await AdminOrUnknownAsync(request, command, argument, cancellationToken),
        };
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
        var isNew = await subscribers.SubscribeAsync(request.ChatId, request.ChatType, request.ChatTitle, cancellationToken);
        var text = isNew
            ? "Subscribed. You will get each breaking development once, as soon as it is reported, and an update when more outlets confirm it.\n\nTry /latest, /city NAME or /follow NAME. /help lists everything."
            : "You are already subscribed. /help lists what I can do.";
        return ChatReply.Plain(text);
    }

    private async Task<ChatReply> StopAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var removed = await subscribers.ForgetAsync(request.ChatId, cancellationToken);
        return ChatReply.Plain(removed
            ? "Unsubscribed. I have deleted this chat's subscription and followed places. /start brings you back."
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

        var label = Label(answer.Place);
        var alternatives = answer.Alternatives.Select(p => new ReplyButton(Label(p), $"/city {p.Name}, {p.CountryCode}")).ToList();
        if (answer.Alerts.Count == 0)
        {
            return new ChatReply($"Nothing reported in {label} yet. /follow {answer.Place.Name} to hear when something is.", [], alternatives);
        }

        var text = new StringBuilder(answer.Alerts.Count == 1 ? $"1 alert in {label}:" : $"{answer.Alerts.Count} alerts in {label}, newest first:");
        return new ChatReply(text.ToString(), answer.Alerts, alternatives);
    }

    private async Task<ChatReply> FollowAsync(ChatRequest request, string argument, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            return ChatReply.Plain("Which place? For example: /follow Paris");
        }

        var answer = await cityQuery.AnswerAsync(argument, cancellationToken);
        if (answer.Place is null)
        {
            return Suggest(argument, answer.Suggestions, "follow");
        }

        await subscribers.SubscribeAsync(request.ChatId, request.ChatType, request.ChatTitle, cancellationToken);
        var added = await subscribers.FollowAsync(request.ChatId, answer.Place.GeonameId, answer.Place.Name, cancellationToken);
        return ChatReply.Plain(added
            ? $"Following {Label(answer.Place)}. You now get alerts only for the places you follow (/following); /unfollow {answer.Place.Name} undoes it."
            : $"You already follow {Label(answer.Place)}.");
    }

    private async Task<ChatReply> UnfollowAsync(ChatRequest request, string argument, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            return ChatReply.Plain("Which place? /following lists the places you follow.");
        }

        var following = await subscribers.FollowingAsync(request.ChatId, cancellationToken);
        var answer = await cityQuery.AnswerAsync(argument, cancellationToken);
        var candidates = answer.Alternatives.Prepend(answer.Place).OfType<Place>().Select(p => (long)p.GeonameId).ToHashSet();
        var hit = following.FirstOrDefault(f => candidates.Contains(f.GeonameId) || string.Equals(f.Name, argument, StringComparison.OrdinalIgnoreCase));
        if (hit.Name is null)
        {
            return ChatReply.Plain($"You do not follow {argument}. /following lists the places you follow.");
        }

        await subscribers.UnfollowAsync(request.ChatId, hit.GeonameId, cancellationToken);
        var left = following.Count - 1;
        return ChatReply.Plain(left == 0
            ? $"Stopped following {hit.Name}. You follow no places now, so you get every alert."
            : $"Stopped following {hit.Name}.");
    }

    private async Task<ChatReply> FollowingAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var following = await subscribers.FollowingAsync(request.ChatId, cancellationToken);
        return following.Count == 0
            ? ChatReply.Plain("You follow no places, so you get every alert. /follow NAME narrows them to places you choose.")
            : ChatReply.Plain("You get alerts for: " + string.Join(", ", following.Select(f => f.Name)) + ".");
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
            places.Take(6).Select(p => new ReplyButton(p.Name, $"/city {p.Name}, {p.Country}")).ToList());
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

    private static ChatReply Suggest(string name, IReadOnlyList<Place> suggestions, string command)
    {
        if (suggestions.Count == 0)
        {
            return ChatReply.Plain($"I don't know a place called \"{name}\". Check the spelling, or try a nearby city.");
        }

        return new ChatReply(
            $"I don't know a place called \"{name}\". Did you mean: {string.Join(", ", suggestions.Select(Label))}?",
            [],
            suggestions.Select(p => new ReplyButton(Label(p), $"/{command} {p.Name}, {p.CountryCode}")).ToList());
    }

    public static string Label(Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return $"{place.Name}, {place.CountryCode}";
    }
}
