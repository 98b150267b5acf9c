using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Netwerkbijeenkomst.Silo.Settings;

/// <summary>
/// Turns a failed start caused by settings into the one line an operator reads: the first problem, and how many more.
/// Knows our own <see cref="SettingsException"/>, <see cref="OptionsValidationException"/> (from <see cref="SettingsValidator{T}"/>
/// or, for a class still registered with <c>ValidateDataAnnotations</c>, the framework's own text under its section), and the
/// configuration binder's "Failed to convert configuration value at 'key'".
/// </summary>
public static partial class SettingsLine
{
    /// <summary>One line for one or more problem lines.</summary>
    public static string Of(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines.Count switch
        {
            0 => "Een instelling is ongeldig / A setting is invalid",
            1 => lines[0],
            _ => string.Create(CultureInfo.InvariantCulture, $"{lines[0]} (nog {lines.Count - 1} andere / {lines.Count - 1} more)"),
        };
    }

    /// <summary>The line for <paramref name="error"/> when settings caused it; false for any other failure, which keeps its stack trace.</summary>
    public static bool TryDescribe(Exception error, out string line)
    {
        var lines = new List<string>();
        Collect(error, lines);
        line = lines.Count > 0 ? Of(lines) : "";
        return lines.Count > 0;
    }

    private static void Collect(Exception error, List<string> lines)
    {
        switch (error)
        {
            case SettingsException settings:
                lines.Add(settings.Message);
                break;
            case OptionsValidationException options:
                lines.AddRange(options.Failures.Select(f => f.StartsWith("Instelling '", StringComparison.Ordinal) ? f : Foreign(options.OptionsType, f)));
                break;
            case AggregateException aggregate:
                foreach (var inner in aggregate.InnerExceptions)
                {
                    Collect(inner, lines);
                }

                break;
            case InvalidOperationException when BinderFailure().Match(error.Message) is { Success: true } match:
                lines.Add(SettingProblem.Invalid(match.Groups["key"].Value, "heeft een waarde van het verkeerde soort", "has a value of the wrong kind").Line);
                break;
        }
    }

    // A class validated by the framework's DataAnnotations: its section is the best key we have.
    private static string Foreign(Type optionsType, string failure)
    {
        var section = optionsType.GetField("Section")?.GetRawConstantValue() as string ?? optionsType.Name;
        return $"Instelling in '{section}' is ongeldig / Setting in '{section}' is invalid: {failure}";
    }

    [GeneratedRegex("configuration value (?:'[^']*' )?at '(?<key>[^']+)'")]
    private static partial Regex BinderFailure();
}
