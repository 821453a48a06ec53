using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlertBot.Cli;

/// <summary>
/// Every settings problem at once, before any service is built: values that do not convert, then each section's
/// validation. Each section is bound on its own, so a service that reads one section early cannot hide the others'
/// failures. Keys no setting reads come back as warnings.
/// </summary>
internal static class StartupCheck
{
    /// <summary>Top-level names the host itself reads, which no options class of ours declares.</summary>
    private static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "Logging", "AllowedHosts", "environment", "applicationName", "contentRoot", "urls", "Kestrel", "Quartz", "HostOptions",
    };

    public static (List<string> Failures, List<string> Unknown) Run(IServiceProvider services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        var failures = new List<string>();
        var unknown = new List<string>();
        var sections = services.GetServices<ValidatedSection>().DistinctBy(s => s.Section).ToList();
        foreach (var section in sections)
        {
            var (unconvertible, unread) = SettingsInspector.Inspect(configuration, section.Section, section.OptionsType);
            failures.AddRange(unconvertible);
            unknown.AddRange(unread);
            if (unconvertible.Count > 0)
            {
                continue;
            }

            try
            {
                section.Resolve(services);
            }
            catch (OptionsValidationException ex)
            {
                failures.AddRange(ex.Failures);
            }
            catch (InvalidOperationException ex)
            {
                failures.Add($"{section.Section}: {ex.Message}");
            }
        }

        // A misspelt section name is only knowable where a person typed it: the command line.
        var known = sections.Select(s => s.Section).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (configuration is IConfigurationRoot root)
        {
            foreach (var provider in root.Providers.OfType<CommandLineConfigurationProvider>())
            {
                unknown.AddRange(provider.GetChildKeys([], null).Distinct(StringComparer.OrdinalIgnoreCase)
                    .Where(key => !known.Contains(key) && !HostKeys.Contains(key)));
            }
        }

        return (failures, unknown.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }
}
