using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Requests.Abstractions;

namespace AlertBot.Telegram.Calls;

/// <summary>
/// A Telegram.Bot request sent as the Bot API documentation spells it, and answered as loosely as the
/// documentation allows. The library writes parse_mode as its enum name ("Html"); the documentation says "HTML",
/// and a server that compares strictly would reject the rest. With <typeparamref name="TResult"/>
/// <see cref="JsonElement"/>, any <c>"ok": true</c> answer is success, whatever its result: the library would
/// refuse a <c>true</c> where its type says Message, and servers answer edits that way.
/// </summary>
internal sealed class WireRequest<TResult>(IRequest inner) : IRequest<TResult>
{
    private static readonly Dictionary<string, string> DocumentedParseModes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Html"] = "HTML",
        ["Markdown"] = "Markdown",
        ["MarkdownV2"] = "MarkdownV2",
    };

    public HttpMethod HttpMethod => inner.HttpMethod;

    public string MethodName => inner.MethodName;

    public bool IsWebhookResponse
    {
        get => inner.IsWebhookResponse;
        set => inner.IsWebhookResponse = value;
    }

    public HttpContent? ToHttpContent()
    {
        // Only requests without files come here, so the body is always JSON.
        if (JsonSerializer.SerializeToNode(inner, inner.GetType(), JsonBotAPI.Options) is not JsonObject body)
        {
            return inner.ToHttpContent();
        }

        if (body["parse_mode"]?.GetValue<string>() is { } mode && DocumentedParseModes.TryGetValue(mode, out var documented))
        {
            body["parse_mode"] = documented;
        }

        return new StringContent(body.ToJsonString(JsonBotAPI.Options), Encoding.UTF8, "application/json");
    }
}
