using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlertBot.Telegram.Api;

/// <summary>The Bot API's wire format: snake_case names, absent rather than null optional fields.</summary>
public static class TelegramJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
