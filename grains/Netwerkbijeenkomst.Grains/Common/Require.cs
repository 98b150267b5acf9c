using Netwerkbijeenkomst.Grains.Abstractions;

namespace Netwerkbijeenkomst.Grains.Common;

/// <summary>Input checks that refuse with a field name and a Dutch message, before anything is raised.</summary>
internal static class Require
{
    public static string Text(string? value, string field, string label, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new InvalidInputException("input.required", field, $"Vul {label} in.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new InvalidInputException("input.too-long", field, $"{Capitalize(label)} mag hoogstens {maxLength} tekens lang zijn.");
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, string field, string label, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, field, label, maxLength);

    public static T Defined<T>(T value, string field, string label)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new InvalidInputException("input.invalid-choice", field, $"Kies een geldige waarde voor {label}.");

    /// <summary>Refuses with the code and message unless the current state is one of the allowed ones.</summary>
    public static void InState<TStatus>(TStatus current, string code, string message, params TStatus[] allowed)
        where TStatus : struct, Enum
    {
        if (!allowed.Contains(current))
        {
            throw new InvalidStateException(code, message);
        }
    }

    private static string Capitalize(string label) => string.Concat(label[..1].ToUpperInvariant(), label[1..]);
}
