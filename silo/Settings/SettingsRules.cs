using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Netwerkbijeenkomst.Silo.Settings;

/// <summary>The checks behind <see cref="SettingsValidator{T}"/>: each broken rule as one problem naming the full key.</summary>
public static class SettingsRules
{
    public static IReadOnlyList<SettingProblem> Problems(object options, string section)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bound = SettingsBinder.ProblemsOf(options);
        var problems = new List<SettingProblem>(bound);
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = $"{section}:{property.Name}";
            if (bound.Any(p => p.Key == key))
            {
                continue;
            }

            var value = property.GetValue(options);
            if (property.GetCustomAttributes<ValidationAttribute>().FirstOrDefault(a => !a.IsValid(value)) is { } broken)
            {
                // A rule that the default breaks on purpose (an hourly rate of 0) means the setting was left out.
                problems.Add(SettingsBinder.WasGiven(options, key) ? Describe(key, property.Name, broken) : SettingProblem.Missing(key));
            }
        }

        if (problems.Count == 0 && options is IValidatableObject validatable)
        {
            problems.AddRange(validatable.Validate(new ValidationContext(options)).Select(r => Describe(section, r)));
        }

        return problems;
    }

    private static SettingProblem Describe(string key, string member, ValidationAttribute rule) => rule switch
    {
        RequiredAttribute => SettingProblem.Missing(key),
        RangeAttribute range => SettingProblem.Invalid(key, $"moet tussen {range.Minimum} en {range.Maximum} liggen", $"must be between {range.Minimum} and {range.Maximum}"),
        EmailAddressAttribute => SettingProblem.Invalid(key, "is geen e-mailadres", "is not an e-mail address"),
        UrlAttribute => SettingProblem.Invalid(key, "is geen adres dat met http:// of https:// begint", "is not an address starting with http:// or https://"),
        RegularExpressionAttribute pattern => SettingProblem.Invalid(key, $"heeft niet de vorm {pattern.Pattern}", $"does not match {pattern.Pattern}"),
        EnumDataTypeAttribute type => SettingProblem.Invalid(
            key, $"moet een van deze zijn: {string.Join(", ", Enum.GetNames(type.EnumType))}", $"must be one of: {string.Join(", ", Enum.GetNames(type.EnumType))}"),
        _ => SettingProblem.Invalid(key, "is ongeldig", $"is invalid: {rule.FormatErrorMessage(member)}"),
    };

    private static SettingProblem Describe(string section, ValidationResult result)
    {
        var key = result.MemberNames.FirstOrDefault() is { } member ? $"{section}:{member}" : section;
        var message = result.ErrorMessage ?? "";
        return message.Split(" / ", 2) is [var dutch, var english]
            ? SettingProblem.Invalid(key, dutch, english)
            : SettingProblem.Invalid(key, $"is ongeldig: {message}", "is invalid");
    }
}
