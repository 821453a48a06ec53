using System.Text.Json.Nodes;

namespace AlertBot.Tests.Fakes;

/// <summary>The Bot API's JSON shapes as the fake answers them.</summary>
public static class FakeBotApiJson
{
    public static JsonObject MessageJson(long messageId, long chatId, string chatType, string? text, long? fromId)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatType, ["title"] = chatId < 0 ? "Group" : null },
        };
        if (fromId is { } from)
        {
            message["from"] = UserJson(from);
        }

        if (text is not null)
        {
            message["text"] = text;
        }

        return message;
    }

    public static JsonObject UserJson(long id, bool isBot = false) =>
        new() { ["id"] = id, ["is_bot"] = isBot, ["first_name"] = isBot ? "AlertBot" : $"User{id}", ["username"] = isBot ? "alert_test_bot" : null };

    public static JsonObject Ok(JsonNode result) => new() { ["ok"] = true, ["result"] = result };

    public static JsonObject Error(int code, string description) => new() { ["ok"] = false, ["error_code"] = code, ["description"] = description };
}
