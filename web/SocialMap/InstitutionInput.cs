using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Web.SocialMap;

/// <summary>The institution form as posted; the grain validates it, and its refusals name the fields in <see cref="Fields"/>.</summary>
public sealed class InstitutionInput
{
    /// <summary>Made when the add form is shown, so sending it twice adds one institution.</summary>
    public string NewId { get; set; } = "i-" + Guid.NewGuid().ToString("N")[..12];

    public string? Name { get; set; }

    public InstitutionKind Kind { get; set; } = InstitutionKind.GeneralPractitioner;

    public List<PartnerRoles> Roles { get; set; } = [];

    public string? Communities { get; set; }

    public string? Languages { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public static InstitutionInput From(Institution institution)
    {
        ArgumentNullException.ThrowIfNull(institution);
        return new()
        {
            NewId = institution.Id,
            Name = institution.Name,
            Kind = institution.Kind,
            Roles = [.. Enum.GetValues<PartnerRoles>().Where(r => r != PartnerRoles.None && institution.Roles.HasFlag(r))],
            Communities = string.Join(", ", institution.Communities),
            Languages = string.Join(", ", institution.Languages),
            Phone = institution.Phone,
            Email = institution.Email,
            Website = institution.Website,
        };
    }

    public InstitutionDetails ToDetails() =>
        new(Name ?? "", Kind, Roles.Aggregate(PartnerRoles.None, (all, role) => all | role), Words.Split(Communities), Words.Split(Languages), Phone, Email, Website);

    /// <summary>The grain's field names mapped to the form's, under <paramref name="prefix"/>.</summary>
    public static Dictionary<string, string> Fields(string prefix) => new()
    {
        ["name"] = $"{prefix}.Name",
        ["kind"] = $"{prefix}.Kind",
        ["roles"] = $"{prefix}.Roles",
        ["communities"] = $"{prefix}.Communities",
        ["languages"] = $"{prefix}.Languages",
        ["phone"] = $"{prefix}.Phone",
        ["email"] = $"{prefix}.Email",
        ["website"] = $"{prefix}.Website",
    };
}
