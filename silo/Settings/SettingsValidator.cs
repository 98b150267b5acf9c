using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Netwerkbijeenkomst.Silo.Settings;

/// <summary>
/// Checks an options class's data annotations and <see cref="IValidatableObject"/> rules and says each problem as one
/// line naming the full key ("Instelling 'Mail:Smtp:Host' ontbreekt / Setting 'Mail:Smtp:Host' is missing"): the text
/// comes from the kind of rule, so a class needs no error messages of its own. An <see cref="IValidatableObject"/>
/// result names its property in MemberNames and says "Dutch / English" after the key.
/// </summary>
public sealed class SettingsValidator<T>(string section) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        if (name is not null && name != Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }

        var problems = SettingsRules.Problems(options, section);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems.Select(p => p.Line));
    }
}
