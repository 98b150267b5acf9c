using Microsoft.AspNetCore.Mvc.ModelBinding;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Web.Privacy;

namespace Netwerkbijeenkomst.Web.Pages;

/// <summary>Puts a grain's refusal next to the field it concerns, so the form shows it and keeps what was typed.</summary>
internal static class FormErrors
{
    // fields maps a grain's field name ("situation") to the form's property ("Input.Situation").
    public static void Add(this ModelStateDictionary modelState, DomainException refused, IReadOnlyDictionary<string, string>? fields = null)
    {
        switch (refused)
        {
            case InvalidInputException invalid:
                modelState.AddModelError(Key(invalid.Field, fields), invalid.Message);
                break;
            case PersonalDataRefusedException personal:
                // The field's privacy feedback (Shared/_PrivacyFeedback) names the kinds and marks the words; the field's
                // own error only points there, so the explanation is not said twice.
                foreach (var field in personal.Fields)
                {
                    modelState.AddModelError(Key(field.Field, fields), "Pas de gemarkeerde woorden hieronder aan.");
                }

                modelState.AddModelError(string.Empty, PrivacyMessages.NothingStored);
                break;
            default:
                modelState.AddModelError(string.Empty, refused.Message);
                break;
        }
    }

    private static string Key(string field, IReadOnlyDictionary<string, string>? fields) =>
        fields is not null && fields.TryGetValue(field, out var key) ? key : string.Empty;
}
