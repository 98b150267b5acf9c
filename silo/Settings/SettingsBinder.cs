using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;

namespace Netwerkbijeenkomst.Silo.Settings;

/// <summary>
/// Binds a section property by property, so a value of the wrong kind ("abc" for a port) becomes a problem naming its
/// key instead of the binder's exception; the problems stay with the options object until <see cref="SettingsValidator{T}"/> reports them.
/// </summary>
public static class SettingsBinder
{
    private static readonly ConditionalWeakTable<object, Binding> Bindings = [];

    public static void Bind(object options, IConfiguration configuration, string section)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var binding = new Binding();
        Bindings.AddOrUpdate(options, binding);
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            var child = configuration.GetSection(section).GetSection(property.Name);
            if (child.Value is null && !child.GetChildren().Any())
            {
                continue;
            }

            var key = $"{section}:{property.Name}";
            binding.Given.Add(key);
            try
            {
                if (child.Value is { } text && string.IsNullOrWhiteSpace(text) && property.PropertyType != typeof(string))
                {
                    binding.Problems.Add(SettingProblem.Missing(key));
                    continue;
                }

                var value = child.Get(property.PropertyType);
                if (value is not null)
                {
                    property.SetValue(options, value);
                }
            }
            catch (InvalidOperationException)
            {
                binding.Problems.Add(WrongKind(key, Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType));
            }
        }
    }

    /// <summary>What binding <paramref name="options"/> found wrong.</summary>
    public static IReadOnlyList<SettingProblem> ProblemsOf(object options) =>
        Bindings.TryGetValue(options, out var binding) ? binding.Problems : [];

    /// <summary>Whether the configuration had a value for <paramref name="key"/> when <paramref name="options"/> was bound.</summary>
    public static bool WasGiven(object options, string key) =>
        Bindings.TryGetValue(options, out var binding) && binding.Given.Contains(key);

    private sealed class Binding
    {
        public List<SettingProblem> Problems { get; } = [];

        public HashSet<string> Given { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private static SettingProblem WrongKind(string key, Type type) => type switch
    {
        _ when type.IsEnum => SettingProblem.Invalid(
            key, $"moet een van deze zijn: {string.Join(", ", Enum.GetNames(type))}", $"must be one of: {string.Join(", ", Enum.GetNames(type))}"),
        _ when type == typeof(int) || type == typeof(long) => SettingProblem.Invalid(key, "moet een geheel getal zijn", "must be a whole number"),
        _ when type == typeof(decimal) || type == typeof(double) => SettingProblem.Invalid(key, "moet een getal zijn, met een punt voor de decimalen", "must be a number, with a decimal point"),
        _ when type == typeof(TimeSpan) => SettingProblem.Invalid(key, "moet een tijdsduur zijn, zoals 00:30:00 of 1.00:00:00", "must be a duration, like 00:30:00 or 1.00:00:00"),
        _ when type == typeof(bool) => SettingProblem.Invalid(key, "moet true of false zijn", "must be true or false"),
        _ => SettingProblem.Invalid(key, "heeft een waarde van het verkeerde soort", "has a value of the wrong kind"),
    };
}
