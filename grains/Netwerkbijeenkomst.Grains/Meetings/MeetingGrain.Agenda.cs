using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Common;
using Netwerkbijeenkomst.Grains.Privacy;

namespace Netwerkbijeenkomst.Grains.Meetings;

/// <summary>The agenda builder: items with their presenter or guest, edited until the start, and changes after publication announced.</summary>
public sealed partial class MeetingGrain
{
    private const int GuestNameLength = 100;

    public async Task AddAgendaItemAsync(Actor actor, Guid itemId, AgendaItemKind kind, string title, int plannedMinutes, string? presenterId, Guid? caseId, AgendaGuest? guest = null)
    {
        await RequireCoordinatorAsync(actor);
        if (State.Agenda.Any(i => i.Id == itemId) || State.RemovedItems.Contains(itemId))
        {
            return;
        }

        RequireBeforeStart();
        var item = await ValidItemAsync(new AgendaItem(itemId, kind, title?.Trim() ?? "", plannedMinutes, Presenter(presenterId), caseId, Clean(guest)), null);
        if (caseId is { } id)
        {
            if (State.Agenda.Any(i => i.CaseId == id))
            {
                throw new InvalidStateException("meeting.case-already-on-agenda", "Deze casus staat al op de agenda.");
            }

            await GrainFactory.GetGrain<ICaseGrain>(id).PlaceOnAgendaAsync(actor, Id);
        }

        await CommitAsync(new AgendaItemAdded(item, actor.UserId, Now));
    }

    public async Task EditAgendaItemAsync(Actor actor, Guid itemId, AgendaItemKind kind, string title, int plannedMinutes, string? presenterId, AgendaGuest? guest)
    {
        await RequireCoordinatorAsync(actor);
        RequireBeforeStart();
        var existing = ExistingItem(itemId);
        var edited = existing with { Kind = kind, Title = title?.Trim() ?? "", PlannedMinutes = plannedMinutes, PresenterId = Presenter(presenterId), Guest = Clean(guest) };
        if (edited == existing)
        {
            return;
        }

        await CommitAsync(new AgendaItemEdited(await ValidItemAsync(edited, existing), actor.UserId, Now));
    }

    public async Task RemoveAgendaItemAsync(Actor actor, Guid itemId)
    {
        await RequireCoordinatorAsync(actor);
        RequireBeforeStart();
        if (State.RemovedItems.Contains(itemId))
        {
            return;
        }

        ExistingItem(itemId);
        await CommitAsync(new AgendaItemRemoved(itemId, actor.UserId, Now));
    }

    public async Task MoveAgendaItemAsync(Actor actor, Guid itemId, int position)
    {
        await RequireCoordinatorAsync(actor);
        RequireBeforeStart();
        var item = ExistingItem(itemId);
        if (position < 0 || position >= State.Agenda.Count)
        {
            throw new InvalidInputException("meeting.item-position", "position", "Deze plaats bestaat niet op de agenda.");
        }

        if (State.Agenda.IndexOf(item) != position)
        {
            await CommitAsync(new AgendaItemMoved(itemId, position, actor.UserId, Now));
        }
    }

    public async Task AnnounceAgendaChangesAsync(Actor actor, Guid announcementId)
    {
        await RequireCoordinatorAsync(actor);
        if (State.Announcements.Contains(announcementId))
        {
            return;
        }

        RequireStatus("meeting.not-published", "Wijzigingen versturen kan alleen bij een gepubliceerde bijeenkomst die nog niet begonnen is.", MeetingStatus.Published);
        var changes = AgendaDiff.Between(State.AnnouncedAgenda, State.Agenda);
        if (changes.IsEmpty)
        {
            throw new InvalidStateException("meeting.no-agenda-changes", "Er zijn geen wijzigingen in de agenda om te versturen.");
        }

        await CommitAsync(new AgendaChangesAnnounced(announcementId, changes, actor.UserId, Now));
    }

    public async Task<ImmutableArray<AgendaChange>> GetPendingAgendaChangesAsync(Actor actor)
    {
        await RequireCoordinatorAsync(actor);
        return State.Status == MeetingStatus.Published ? AgendaDiff.Between(State.AnnouncedAgenda, State.Agenda) : [];
    }

    /// <summary>
    /// Checks an item as added or edited. A presenter or guest that did not change is not checked again, so an item
    /// whose guest institution has since been retired can still get other minutes.
    /// </summary>
    private async Task<AgendaItem> ValidItemAsync(AgendaItem item, AgendaItem? before)
    {
        Require.Defined(item.Kind, "kind", "het soort agendapunt");
        Require.Text(item.Title, "title", "de titel van het agendapunt", 150);
        if (item.PlannedMinutes is < 1 or > 240)
        {
            throw new InvalidInputException("meeting.item-minutes", "plannedMinutes", "Plan 1 tot 240 minuten voor een agendapunt.");
        }

        if ((item.Kind == AgendaItemKind.Case) != item.CaseId.HasValue)
        {
            throw new InvalidInputException("meeting.item-case", "caseId", "Een casusagendapunt hoort bij precies één casus; andere agendapunten bij geen.");
        }

        if (item.Guest is { } guest)
        {
            RequireGuestShape(item, guest);
        }

        // A case item's title is about the case; any other item's title organises the evening (a theme, a guest).
        await privacy.EnsureAsync(
            item.Kind == AgendaItemKind.Case ? TextKind.Discussion : TextKind.Administrative, KnownPeopleAsync, ("title", item.Title), ("guestName", item.Guest?.Name));
        if (item.PresenterId is not null && item.PresenterId != before?.PresenterId && await Network.GetRoleAsync(item.PresenterId) == NetworkRole.None)
        {
            throw new InvalidInputException("meeting.presenter-not-member", "presenterId", "De presentator moet lid of coördinator van het netwerk zijn.");
        }

        if (item.Guest is { InstitutionId: { } institutionId } onMap && onMap != before?.Guest)
        {
            await RequireOnSocialMapAsync(institutionId, onMap.ContactPersonId);
        }

        return item;
    }

    private static void RequireGuestShape(AgendaItem item, AgendaGuest guest)
    {
        if (item.Kind == AgendaItemKind.Case)
        {
            throw new InvalidInputException("meeting.guest-on-case", "guest", "Een casus wordt ingebracht door een lid, niet door een gast.");
        }

        if (item.PresenterId is not null)
        {
            throw new InvalidInputException("meeting.presenter-and-guest", "guest", "Kies als presentator een lid of een gast, niet allebei.");
        }

        if (guest.InstitutionId is not null && guest.Name is not null)
        {
            throw new InvalidInputException("meeting.guest-institution-or-name", "guest", "Kies een instelling van de sociale kaart of vul de naam van een gast in, niet allebei.");
        }

        if (guest.InstitutionId is null && guest.ContactPersonId is not null)
        {
            throw new InvalidInputException("meeting.guest-contact-unknown", "guestContactPersonId", "Kies eerst de instelling van deze contactpersoon.");
        }

        if (guest.Name is { Length: > GuestNameLength })
        {
            throw new InvalidInputException("input.too-long", "guestName", $"De naam van de gast mag hoogstens {GuestNameLength} tekens lang zijn.");
        }
    }

    private async Task RequireOnSocialMapAsync(string institutionId, string? contactPersonId)
    {
        var institution = (await Network.GetSocialMapAsync()).FirstOrDefault(i => i.Id == institutionId && !i.Retired)
            ?? throw new InvalidInputException("meeting.guest-institution-unknown", "guestInstitutionId", "Deze instelling staat niet (meer) op de sociale kaart van het netwerk.");
        if (contactPersonId is not null && !institution.Contacts.Any(c => c.Id == contactPersonId && !c.Retired))
        {
            throw new InvalidInputException("meeting.guest-contact-unknown", "guestContactPersonId", "Deze contactpersoon hoort niet (meer) bij de gekozen instelling.");
        }
    }

    private static string? Presenter(string? presenterId) => string.IsNullOrWhiteSpace(presenterId) ? null : presenterId;

    /// <summary>Empty parts are no parts, and a guest without any part is no guest.</summary>
    private static AgendaGuest? Clean(AgendaGuest? guest)
    {
        if (guest is null)
        {
            return null;
        }

        var cleaned = new AgendaGuest(Blank(guest.InstitutionId), Blank(guest.ContactPersonId), Blank(guest.Name?.Trim()));
        return cleaned is { InstitutionId: null, ContactPersonId: null, Name: null } ? null : cleaned;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
