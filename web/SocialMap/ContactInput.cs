using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Web.SocialMap;

/// <summary>The contact-person form as posted; the grain validates it.</summary>
public sealed class ContactInput
{
    /// <summary>Made when the add form is shown (or the contact's own id when editing), so a repeat changes nothing.</summary>
    public string Id { get; set; } = "c-" + Guid.NewGuid().ToString("N")[..12];

    public string? Name { get; set; }

    public string? Function { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Languages { get; set; }

    public static ContactInput From(ContactPerson contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new()
        {
            Id = contact.Id,
            Name = contact.Name,
            Function = contact.Function,
            Phone = contact.Phone,
            Email = contact.Email,
            Languages = string.Join(", ", contact.Languages),
        };
    }

    public ContactPerson ToContact() => new(Id, Name ?? "", Function ?? "", Email, Phone) { Languages = Words.Split(Languages) };

    public static Dictionary<string, string> Fields(string prefix) => new()
    {
        ["contactId"] = $"{prefix}.Name",
        ["contactName"] = $"{prefix}.Name",
        ["function"] = $"{prefix}.Function",
        ["phone"] = $"{prefix}.Phone",
        ["email"] = $"{prefix}.Email",
        ["languages"] = $"{prefix}.Languages",
    };
}
