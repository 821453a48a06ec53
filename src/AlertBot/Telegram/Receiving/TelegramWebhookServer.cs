using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AlertBot.Telegram.Api;
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

namespace AlertBot.Telegram.Receiving;

/// <summary>
/// Webhook mode: Kestrel (minimal API) on <see cref="TelegramOptions.WebhookListenUrl"/> takes Telegram's
/// POSTs at the path of <see cref="TelegramOptions.WebhookUrl"/>. Requests without the right
/// X-Telegram-Bot-Api-Secret-Token are refused (401 missing, 403 wrong); updates already handled are
/// acknowledged without running again, because Telegram redelivers anything it did not see a 200 for.
/// </summary>
public sealed class TelegramWebhookServer(
    TelegramUpdateHandler handler,
    TelegramOffsetStore offsets,
    TelegramBotSetup setup,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    ILogger<TelegramWebhookServer> logger) : BackgroundService
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
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
        for (var failures = 0; !await setup.TryRunAsync(stoppingToken) && !stoppingToken.IsCancellationRequested; failures++)
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures), 60)), clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

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
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, TelegramJson.Options, context.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (update is null)
        {
            return Results.BadRequest();
        }

        using var both = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, context.RequestAborted);
        await _oneAtATime.WaitAsync(both.Token);
        try
        {
            if (await offsets.GetAsync(both.Token) is { } next && update.UpdateId < next)
            {
                return Results.Ok();
            }

            try
            {
                await handler.HandleAsync(update, both.Token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Answering 200 anyway: an error status would make Telegram redeliver the same failing update.
                logger.LogError(ex, "Telegram update {UpdateId} could not be handled; skipping it", update.UpdateId);
            }

            await offsets.SetAsync(update.UpdateId + 1, CancellationToken.None);
            return Results.Ok();
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private bool SecretMatches(string given)
    {
        var expected = Encoding.UTF8.GetBytes(options.Value.WebhookSecret ?? "");
        return expected.Length > 0 && CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(given));
    }
}
