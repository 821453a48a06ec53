using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlertBot.Alerts.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>The outbox dispatcher; it delivers through whichever <see cref="AlertBot.Chat.IChatTransport"/> is registered last.</summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<DeliveryOptions, DeliveryOptionsValidator>(configuration, DeliveryOptions.Section);
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<DeliveryDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryDispatcher>());
        return services;
    }
}
