using System.Globalization;
using AlertBot.Detection.Places;

namespace AlertBot.Chat;

/// <summary>/follow, /unfollow and /following: follows are by GeoNames id, so a chat gets exactly the place it chose.</summary>
public sealed class FollowCommands(SubscriberStore subscribers, CityQuery cityQuery)
{
    /// <summary>A name this much bigger than the next place of that name is taken to mean the big one.</summary>
    private const int ClearLeadFactor = 10;

    public async Task<ChatReply> FollowAsync(ChatRequest request, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (argument.Length == 0)
        {
            return ChatReply.Plain("Which place? For example: /follow Paris");
        }

        if (!request.CanManage)
        {
            return ChatReply.Plain("Only this chat's administrators can change what it follows.");
        }

        var answer = await cityQuery.AnswerAsync(argument, cancellationToken);
        if (answer.Place is null)
        {
            return CommandHandler.Suggest(argument, answer.Suggestions, "follow");
        }

        var candidates = answer.Alternatives.Prepend(answer.Place).ToList();
        if (IsAmbiguous(answer.Place, answer.Alternatives))
        {
            var labels = PlaceLabel.Distinct(candidates);
            return new ChatReply(
                $"Several places are called {answer.Place.Name}. Which one do you want to follow?",
                [],
                candidates.Select((p, i) => new ReplyButton(labels[i], Command("follow", p))).ToList());
        }

        await subscribers.SubscribeAsync(request.ChatId, request.ChatType, request.ChatTitle, cancellationToken);
        var label = cityQuery.LabelOf(answer.Place);
        var added = await subscribers.FollowAsync(request.ChatId, answer.Place.GeonameId, label, cancellationToken);
        return new ChatReply(
            added
                ? $"Following {label}. You now get alerts only for the places you follow (/following)."
                : $"You already follow {label}.",
            [],
            [new ReplyButton($"Unfollow {label}", Command("unfollow", answer.Place))]);
    }

    public async Task<ChatReply> UnfollowAsync(ChatRequest request, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (argument.Length == 0)
        {
            return ChatReply.Plain("Which place? /following lists the places you follow.");
        }

        if (!request.CanManage)
        {
            return ChatReply.Plain("Only this chat's administrators can change what it follows.");
        }

        var following = await subscribers.FollowingAsync(request.ChatId, cancellationToken);
        var hit = following.FirstOrDefault(f =>
            f.GeonameId.ToString(CultureInfo.InvariantCulture) == argument.Trim()
            || string.Equals(f.Name, argument, StringComparison.OrdinalIgnoreCase)
            || string.Equals(f.Name.Split(',')[0], argument, StringComparison.OrdinalIgnoreCase));
        if (hit.Name is null)
        {
            var answer = await cityQuery.AnswerAsync(argument, cancellationToken);
            var candidates = answer.Alternatives.Prepend(answer.Place).OfType<Place>().Select(p => (long)p.GeonameId).ToHashSet();
            hit = following.FirstOrDefault(f => candidates.Contains(f.GeonameId));
        }

        if (hit.Name is null)
        {
            return ChatReply.Plain($"You do not follow {argument}. /following lists the places you follow.");
        }

        await subscribers.UnfollowAsync(request.ChatId, hit.GeonameId, cancellationToken);
        return ChatReply.Plain(following.Count == 1
            ? $"Stopped following {hit.Name}. You follow no places now, so you get every alert."
            : $"Stopped following {hit.Name}.");
    }

    public async Task<ChatReply> FollowingAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await subscribers.IsActiveAsync(request.ChatId, cancellationToken))
        {
            return ChatReply.Plain("This chat is not subscribed, so it gets no alerts. /start subscribes it; /follow NAME subscribes it for one place.");
        }

        var following = await subscribers.FollowingAsync(request.ChatId, cancellationToken);
        return following.Count == 0
            ? ChatReply.Plain("You follow no places, so you get every alert. /follow NAME narrows them to places you choose.")
            : new ChatReply(
                "You get alerts for: " + string.Join("; ", following.Select(f => f.Name)) + ".",
                [],
                following.Select(f => new ReplyButton($"Unfollow {f.Name}", string.Create(CultureInfo.InvariantCulture, $"/unfollow {f.GeonameId}"))).ToList());
    }

    public static string Command(string command, Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return string.Create(CultureInfo.InvariantCulture, $"/{command} {place.GeonameId}");
    }

    private static bool IsAmbiguous(Place chosen, IReadOnlyList<Place> alternatives) =>
        alternatives.Count > 0
        && alternatives.Any(a => (long)a.Population * ClearLeadFactor > chosen.Population);
}
