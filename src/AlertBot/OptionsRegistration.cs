using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlertBot;

public static class OptionsRegistration
{
    /// <summary>
    /// Binds one configuration section to its options class and validates it when the host starts, so a
    /// wrong setting stops start-up with every problem listed, each naming its setting.
    /// </summary>
    public static IServiceCollection AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        services.AddSingleton(new ValidatedSection(section, typeof(TOptions), sp => sp.GetRequiredService<IOptions<TOptions>>().Value));
        return services;
    }
}
