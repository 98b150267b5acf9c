using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Grains.Networks;

/// <summary>Whether a command would change the social map, so that a repeat stores nothing (records compare arrays by reference).</summary>
internal static class SocialMapComparer
{
    public static bool SameDetails(Institution institution, InstitutionDetails details) =>
        institution.Name == details.Name
        && institution.Kind == details.Kind
        && institution.Roles == details.Roles
        && Same(institution.Communities, details.Communities)
        && Same(institution.Languages, details.Languages)
        && institution.Phone == details.Phone
        && institution.Email == details.Email
        && institution.Website == details.Website;

    public static bool HasExtras(InstitutionDetails details) =>
        !details.Communities.IsDefaultOrEmpty || !details.Languages.IsDefaultOrEmpty || details.Phone is not null || details.Email is not null || details.Website is not null;

    public static bool SameContact(ContactPerson current, ContactPerson contact) =>
        current.Name == contact.Name
        && current.Function == contact.Function
        && current.Email == contact.Email
        && current.Phone == contact.Phone
        && Same(current.Languages, contact.Languages);

    private static bool Same(ImmutableArray<string> a, ImmutableArray<string> b) =>
        (a.IsDefault ? [] : a).SequenceEqual(b.IsDefault ? [] : b, StringComparer.Ordinal);
}
