using System.Collections.Frozen;
using System.Text.Json;

namespace Netwerkbijeenkomst.Web.Formatting;

/// <summary>
/// The Dutch names the server and the browser share, read from web/client/src/labels.nl.json (embedded in this assembly;
/// the browser's bundle imports the same file): per enum, its camelCase type name, then each value's name.
/// </summary>
public static class SharedLabels
{
    public const string ResourceName = "Netwerkbijeenkomst.Web.Formatting.labels.nl.json";

    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Labels = Load();

    /// <summary>The enums the file names, by their key in it.</summary>
    public static IEnumerable<string> Groups => Labels.Keys;

    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Labels.TryGetValue(Group(typeof(TEnum)), out var names) && names.TryGetValue(value.ToString(), out var name) ? name : value.ToString();

    /// <summary>The names of <paramref name="enumType"/>'s values in the file, by value name; empty when the file has none.</summary>
    public static IReadOnlyDictionary<string, string> Of(Type enumType) =>
        Labels.TryGetValue(Group(enumType), out var names) ? names : FrozenDictionary<string, string>.Empty;

    private static string Group(Type enumType) => JsonNamingPolicy.CamelCase.ConvertName(enumType.Name);

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        using var stream = typeof(SharedLabels).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the web assembly.");
        var groups = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
        return groups.ToFrozenDictionary(g => g.Key, g => g.Value.ToFrozenDictionary(), StringComparer.Ordinal);
    }
}
