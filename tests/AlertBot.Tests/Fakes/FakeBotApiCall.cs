using System.Text.Json;

namespace AlertBot.Tests.Fakes;

/// <summary>One HTTP call the fake received, with what it answered.</summary>
public sealed record FakeBotApiCall(string Method, JsonElement Body, int Status, DateTimeOffset At)
{
    public long? ChatId => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("chat_id", out var id) && id.ValueKind == JsonValueKind.Number
        ? id.GetInt64()
        : null;

    public string? Text => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("text", out var t) ? t.GetString() : null;
}
