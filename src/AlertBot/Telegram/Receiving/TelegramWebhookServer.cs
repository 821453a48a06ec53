using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace AlertBot.Telegram.Receiving;

/// <summary>
/// Webhook mode: Kestrel (minimal API) on <see cref="TelegramOptions.WebhookListenUrl"/> takes Telegram's
/// POSTs at the path of <see cref="TelegramOptions.WebhookUrl"/>. Requests without the right
/// X-Telegram-Bot-Api-Secret-Token are refused (401 missing, 403 wrong). Telegram posts over many connections
/// at once and in no set order: each update is stored by its id and answered 200 straight away, a repeat is
/// acknowledged without running again, and the <see cref="UpdateQueue"/> answers the chats.
/// </summary>
public sealed class TelegramWebhookServer(
    UpdateQueue queue,
    TelegramBotSetup setup,
    IOptions<TelegramOptions> options,
    ILogger<TelegramWebhookServer> logger) : BackgroundService
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Where Kestrel actually listens (resolves port 0), once started.</summary>
    public Task<Uri> Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        // An empty builder: no appsettings, environment or Kestrel sections of its own can move the endpoint.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls(o.WebhookListenUrl);
        builder.Services.AddRoutingCore();
        await using var app = builder.Build();
        var path = new Uri(o.WebhookUrl!).AbsolutePath;
        app.MapPost(path, (Func<HttpContext, Task<IResult>>)(context => ReceiveAsync(context, stoppingToken)));
        try
        {
            await app.StartAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The Telegram webhook could not listen on {Url}", o.WebhookListenUrl);
            _listening.TrySetException(ex);
            return;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _listening.TrySetResult(new Uri(new Uri(address), path));
        logger.LogInformation("Telegram webhook listening on {Address}{Path}", address, path);
        await queue.ResumeAsync(stoppingToken);
        await setup.RunAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await Task.Delay(Timeout.InfiniteTimeSpan, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await app.StopAsync(CancellationToken.None);
    }

    private async Task<IResult> ReceiveAsync(HttpContext context, CancellationToken stoppingToken)
    {
        if (!context.Request.Headers.TryGetValue(SecretHeader, out var given) || given.Count == 0)
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        if (!SecretMatches(given.ToString()))
        {
            logger.LogWarning("Refused a webhook call with a wrong secret from {Remote}", context.Connection.RemoteIpAddress);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (update is null || update.Id <= 0)
        {
            return Results.BadRequest();
        }

        using var both = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, context.RequestAborted);
        // Stored before the 200: an error status (or none) makes Telegram deliver it again, and a repeat is dropped.
        await queue.AcceptAsync(update, both.Token);
        return Results.Ok();
    }

    private bool SecretMatches(string given)
    {
        var expected = Encoding.UTF8.GetBytes(options.Value.WebhookSecret ?? "");
        return expected.Length > 0 && CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(given));
    }
}
