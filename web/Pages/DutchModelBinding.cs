using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Netwerkbijeenkomst.Web.Pages;

/// <summary>The framework's own form-binding messages ("The value '' is invalid.") in Dutch.</summary>
internal static class DutchModelBinding
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueMustNotBeNullAccessor(_ => "Vul dit veld in.");
        messages.SetMissingBindRequiredValueAccessor(_ => "Vul dit veld in.");
        messages.SetMissingKeyOrValueAccessor(() => "Vul dit veld in.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg.");
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"'{value}' is geen geldige waarde.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"'{value}' is geen geldige waarde.");
        messages.SetUnknownValueIsInvalidAccessor(_ => "Deze waarde is niet geldig.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Deze waarde is niet geldig.");
        messages.SetValueIsInvalidAccessor(value => $"'{value}' is geen geldige waarde.");
        messages.SetValueMustBeANumberAccessor(_ => "Vul een heel getal in.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een heel getal in.");
    }
}
