using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace AlertBot.Cli;

/// <summary>
/// Walks a configuration section against the options class it binds to, before binding: a value that does not
/// convert ("banana" for a number, "Pigeon" for a mode) becomes a sentence naming the setting instead of the
/// binder's exception, and a key no property reads (a typo such as MaxAttemps) is found so it can be warned about.
/// </summary>
internal static class SettingsInspector
{
    public static (List<string> Unconvertible, List<string> Unknown) Inspect(IConfiguration configuration, string section, Type type)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var unconvertible = new List<string>();
        var unknown = new List<string>();
        Walk(configuration.GetSection(section), type, unconvertible, unknown);
        return (unconvertible, unknown);
    }

    private static void Walk(IConfigurationSection node, Type type, List<string> unconvertible, List<string> unknown)
    {
        var scalar = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(scalar))
        {
            if (node.Value is { } value && !Converts(value, scalar))
            {
                unconvertible.Add($"{node.Path} is \"{value}\", which is not {Expected(scalar)}.");
            }

            return;
        }

        if (ElementType(type) is { } element)
        {
            foreach (var child in node.GetChildren())
            {
                if (IsDictionary(type) || int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    Walk(child, element, unconvertible, unknown);
                }
                else
                {
                    unknown.Add(child.Path);
                }
            }

            return;
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var child in node.GetChildren())
        {
            if (properties.TryGetValue(child.Key, out var property))
            {
                Walk(child, property.PropertyType, unconvertible, unknown);
            }
            else
            {
                unknown.Add(Suggest(child.Path, child.Key, properties.Keys));
            }
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Uri) || type == typeof(Guid);

    private static bool Converts(string value, Type type)
    {
        if (type == typeof(string) || value.Length == 0)
        {
            return true;
        }

        if (type.IsEnum)
        {
            return Enum.TryParse(type, value, ignoreCase: true, out var parsed) && Enum.IsDefined(type, parsed!);
        }

        try
        {
            return TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value) is not null;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or NotSupportedException or OverflowException || ex.InnerException is FormatException or OverflowException)
        {
            return false;
        }
    }

    private static string Expected(Type type) =>
        type.IsEnum ? "one of " + string.Join(", ", Enum.GetNames(type))
        : type == typeof(bool) ? "true or false"
        : type == typeof(int) || type == typeof(long) || type == typeof(short) ? "a whole number"
        : type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? "a number"
        : type == typeof(TimeSpan) ? "a duration such as 00:05:00"
        : "a valid " + type.Name;

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var arguments = type.GetGenericArguments();
            return arguments[^1];
        }

        return null;
    }

    private static bool IsDictionary(Type type) =>
        type.IsGenericType && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));

    private static string Suggest(string path, string key, IEnumerable<string> names)
    {
        var closest = names.Select(n => (Name: n, Distance: Distance(key.ToLowerInvariant(), n.ToLowerInvariant()))).MinBy(n => n.Distance);
        return closest.Name is not null && closest.Distance <= Math.Max(2, key.Length / 4)
            ? $"{path} (did you mean {path[..^key.Length]}{closest.Name}?)"
            : path;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
