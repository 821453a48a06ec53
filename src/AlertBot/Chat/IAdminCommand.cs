namespace AlertBot.Chat;

/// <summary>A command only the configured administrators may use (/stats, /sources); each is its own class.</summary>
public interface IAdminCommand
{
    string Name { get; }

    Task<ChatReply> HandleAsync(ChatRequest request, string argument, CancellationToken cancellationToken);
}
