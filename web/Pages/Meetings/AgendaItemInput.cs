using Netwerkbijeenkomst.Grains.Abstractions.Meetings;

namespace Netwerkbijeenkomst.Web.Pages.Meetings;

/// <summary>One agenda item as the builder's forms post it. <see cref="Presenter"/> is one choice: a member, an institution or a contact person.</summary>
public sealed class AgendaItemInput
{
    public const string MemberPrefix = "lid|";
    public const string InstitutionPrefix = "instelling|";
    public const string ContactPrefix = "contact|";

    /// <summary>Made by the page when it shows the form, so a resent form adds the item once.</summary>
    public Guid ItemId { get; set; }

    public AgendaItemKind Kind { get; set; } = AgendaItemKind.Theme;

    public string? Title { get; set; }

    public int? Minutes { get; set; }

    public string? Presenter { get; set; }

    public string? GuestName { get; set; }

    public Guid? CaseId { get; set; }

    public string? PresenterId => Presenter is { } p && p.StartsWith(MemberPrefix, StringComparison.Ordinal) ? p[MemberPrefix.Length..] : null;

    /// <summary>The guest: the chosen institution or contact person, or the name typed; both when both were given, for the grain to refuse.</summary>
    public AgendaGuest? Guest()
    {
        string? institution = null, contact = null;
        if (Presenter is { } p && p.StartsWith(InstitutionPrefix, StringComparison.Ordinal))
        {
            institution = p[InstitutionPrefix.Length..];
        }
        else if (Presenter is { } c && c.StartsWith(ContactPrefix, StringComparison.Ordinal))
        {
            var parts = c[ContactPrefix.Length..].Split('|', 2);
            (institution, contact) = (parts[0], parts.Length > 1 ? parts[1] : null);
        }

        return institution is null && string.IsNullOrWhiteSpace(GuestName) ? null : new AgendaGuest(institution, contact, GuestName);
    }

    public static string? ChoiceOf(AgendaItem item) => item switch
    {
        { Guest: { InstitutionId: { } institution, ContactPersonId: { } contact } } => $"{ContactPrefix}{institution}|{contact}",
        { Guest.InstitutionId: { } institution } => InstitutionPrefix + institution,
        { PresenterId: { } userId } => MemberPrefix + userId,
        _ => null,
    };

    public static AgendaItemInput From(AgendaItem item) => new()
    {
        ItemId = item.Id,
        Kind = item.Kind,
        Title = item.Title,
        Minutes = item.PlannedMinutes,
        Presenter = ChoiceOf(item),
        GuestName = item.Guest?.Name,
        CaseId = item.CaseId,
    };
}
