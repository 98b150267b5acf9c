using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>The coordinator builds the agenda: items with a presenter or a guest, edited until the start, changes after publication announced.</summary>
[Collection(SharedGrains.Name)]
public sealed class AgendaBuilderTests(GrainsFixture silo)
{
    private static readonly DateTimeOffset NextTuesday = new(2026, 11, 10, 19, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task EditAgendaItem_ChangesTitleMinutesAndPresenter_AndTheSameValuesAgainStoreNothing()
    {
        var (network, meeting, stream) = await PlannedAsync();
        var item = Guid.NewGuid();
        await meeting.AddAgendaItemAsync(network.Coordinator, item, AgendaItemKind.Theme, "Thema", 30, null, null);

        Task Edit() => meeting.EditAgendaItemAsync(network.Coordinator, item, AgendaItemKind.Theme, "  Thema: eenzaamheid  ", 45, network.Member.UserId, null);
        await Edit();
        await silo.Database.AssertIgnoredAsync([stream], Edit);

        var edited = (await meeting.GetAsync(network.Member)).Agenda.Single();
        Assert.Equal(new AgendaItem(item, AgendaItemKind.Theme, "Thema: eenzaamheid", 45, network.Member.UserId, null), edited);
        Assert.Equal(1, silo.Database.EventCount(stream, nameof(AgendaItemEdited)));
    }

    [Fact]
    public async Task EditAgendaItem_BadInput_IsRefused_AndStoresNothing()
    {
        var (network, meeting, stream) = await PlannedAsync();
        var item = Guid.NewGuid();
        await meeting.AddAgendaItemAsync(network.Coordinator, item, AgendaItemKind.Theme, "Thema", 30, null, null);
        Task Edit(Actor actor, AgendaItemKind kind = AgendaItemKind.Theme, string title = "Thema", int minutes = 30, string? presenter = null) =>
            meeting.EditAgendaItemAsync(actor, item, kind, title, minutes, presenter, null);

        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.item-minutes", () => Edit(network.Coordinator, minutes: 0));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.item-minutes", () => Edit(network.Coordinator, minutes: 241));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.required", () => Edit(network.Coordinator, title: "  "));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.item-case", () => Edit(network.Coordinator, kind: AgendaItemKind.Case));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.invalid-choice", () => Edit(network.Coordinator, kind: (AgendaItemKind)42));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.presenter-not-member", () => Edit(network.Coordinator, presenter: network.Outsider.UserId));
        await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, "privacy.personal-data", () => Edit(network.Coordinator, title: "Thema, bel 06-12345678"));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only", () => Edit(network.Member, minutes: 40));
        await silo.Database.AssertRefusedAsync<NotFoundException>(stream, "meeting.item-not-found",
            () => meeting.EditAgendaItemAsync(network.Coordinator, Guid.NewGuid(), AgendaItemKind.Theme, "Thema", 30, null, null));
    }

    [Fact]
    public async Task CaseItem_KeepsItsCaseWhenEdited_AndCannotBecomeAnotherKind()
    {
        var (network, meeting, stream) = await PlannedAsync();
        var caseId = await network.OpenCaseAsync(network.Member);
        await network.Case(caseId).SubmitAsync(network.Member);
        var item = Guid.NewGuid();
        await meeting.AddAgendaItemAsync(network.Coordinator, item, AgendaItemKind.Case, "Casus", 20, network.Member.UserId, caseId);

        await meeting.EditAgendaItemAsync(network.Coordinator, item, AgendaItemKind.Case, "Casus", 25, network.Member.UserId, null);

        Assert.Equal((caseId, 25), (await meeting.GetAsync(network.Member)).Agenda.Select(i => (i.CaseId, i.PlannedMinutes)).Single());
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.item-case",
            () => meeting.EditAgendaItemAsync(network.Coordinator, item, AgendaItemKind.Theme, "Casus", 25, network.Member.UserId, null));
    }

    [Fact]
    public async Task RemoveAndAdd_RetriedAfterTheItemWasRemoved_AreIgnored()
    {
        var (network, meeting, stream) = await PlannedAsync();
        var item = Guid.NewGuid();
        Task Add() => meeting.AddAgendaItemAsync(network.Coordinator, item, AgendaItemKind.Announcements, "Mededelingen", 10, null, null);
        await Add();
        await meeting.RemoveAgendaItemAsync(network.Coordinator, item);

        await silo.Database.AssertIgnoredAsync([stream], () => meeting.RemoveAgendaItemAsync(network.Coordinator, item));
        await silo.Database.AssertIgnoredAsync([stream], Add);
        Assert.Empty((await meeting.GetAsync(network.Member)).Agenda);
    }

    [Fact]
    public async Task MoveAgendaItem_ToTheStepItHasAlready_StoresNothing()
    {
        var (network, meeting, stream) = await PlannedAsync();
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        await meeting.AddAgendaItemAsync(network.Coordinator, first, AgendaItemKind.Opening, "Opening", 5, null, null);
        await meeting.AddAgendaItemAsync(network.Coordinator, second, AgendaItemKind.Closing, "Sluiting", 5, null, null);

        await meeting.MoveAgendaItemAsync(network.Coordinator, second, 0);
        await silo.Database.AssertIgnoredAsync([stream], () => meeting.MoveAgendaItemAsync(network.Coordinator, second, 0));

        Assert.Equal([second, first], (await meeting.GetAsync(network.Member)).Agenda.Select(i => i.Id).ToArray());
    }

    [Fact]
    public async Task ThemeItem_HasAGuestFromTheSocialMap_OrANamedGuest_ByIdNotCopy()
    {
        var (network, meeting, _) = await PlannedAsync();
        var fromMap = Guid.NewGuid();
        var named = Guid.NewGuid();

        await meeting.AddAgendaItemAsync(network.Coordinator, fromMap, AgendaItemKind.Theme, "Thema-avond: de GGZ stelt zich voor", 45, null, null,
            AgendaGuest.FromSocialMap(TestNetwork.Institution, TestNetwork.Contact));
        await meeting.AddAgendaItemAsync(network.Coordinator, named, AgendaItemKind.Theme, "Voorlichting over de Wmo", 30, null, null, AgendaGuest.Named("  Mevrouw Bakker, Wmo-consulent  "));

        var agenda = (await meeting.GetAsync(network.Member)).Agenda;
        Assert.Equal(new AgendaGuest(TestNetwork.Institution, TestNetwork.Contact, null), agenda[0].Guest);
        Assert.Equal(new AgendaGuest(null, null, "Mevrouw Bakker, Wmo-consulent"), agenda[1].Guest);
    }

    [Fact]
    public async Task Guest_ThatDoesNotFit_IsRefused_AndStoresNothing()
    {
        var (network, meeting, stream) = await PlannedAsync();
        await network.Network.AddInstitutionAsync(network.Coordinator, "oud", "Oude instelling", InstitutionKind.HomeCare, PartnerRoles.Cooperates);
        await network.Network.RetireInstitutionAsync(network.Coordinator, "oud");
        Task Add(AgendaGuest guest, AgendaItemKind kind = AgendaItemKind.Theme, string? presenter = null, Guid? caseId = null) =>
            meeting.AddAgendaItemAsync(network.Coordinator, Guid.NewGuid(), kind, "Thema-avond", 30, presenter, caseId, guest);

        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.guest-on-case", () => Add(AgendaGuest.Named("Gast"), AgendaItemKind.Case, caseId: Guid.NewGuid()));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.presenter-and-guest", () => Add(AgendaGuest.Named("Gast"), presenter: network.Member.UserId));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.guest-institution-or-name", () => Add(new AgendaGuest(TestNetwork.Institution, null, "Gast")));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.guest-institution-unknown", () => Add(AgendaGuest.FromSocialMap("bestaat-niet")));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.guest-institution-unknown", () => Add(AgendaGuest.FromSocialMap("oud")));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.guest-contact-unknown", () => Add(AgendaGuest.FromSocialMap(TestNetwork.Institution, "iemand-anders")));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.guest-contact-unknown", () => Add(new AgendaGuest(null, TestNetwork.Contact, null)));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.too-long", () => Add(AgendaGuest.Named(new string('a', 101))));
        var refused = await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, "privacy.personal-data", () => Add(AgendaGuest.Named("Gast, bereikbaar op 06-12345678")));
        Assert.Equal("guestName", Assert.Single(refused.Fields).Field);
    }

    [Fact]
    public async Task Guest_WhoseInstitutionRetiredSince_StaysOnTheItemWhenItsMinutesChange()
    {
        var (network, meeting, stream) = await PlannedAsync();
        var item = Guid.NewGuid();
        var guest = AgendaGuest.FromSocialMap(TestNetwork.Institution);
        await meeting.AddAgendaItemAsync(network.Coordinator, item, AgendaItemKind.Theme, "Thema-avond", 30, null, null, guest);
        await network.Network.RetireInstitutionAsync(network.Coordinator, TestNetwork.Institution);

        await meeting.EditAgendaItemAsync(network.Coordinator, item, AgendaItemKind.Theme, "Thema-avond", 40, null, guest);

        Assert.Equal(40, (await meeting.GetAsync(network.Member)).Agenda.Single().PlannedMinutes);
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.guest-institution-unknown",
            () => meeting.EditAgendaItemAsync(network.Coordinator, item, AgendaItemKind.Theme, "Thema-avond", 40, null, guest with { ContactPersonId = TestNetwork.Contact }));
    }

    [Fact]
    public async Task ChangesAfterPublication_AreCollected_AndAnnouncedOnce()
    {
        var (network, meeting, stream) = await PlannedAsync();
        var opening = Guid.NewGuid();
        var theme = Guid.NewGuid();
        var questions = Guid.NewGuid();
        await meeting.AddAgendaItemAsync(network.Coordinator, opening, AgendaItemKind.Opening, "Opening", 5, null, null);
        await meeting.AddAgendaItemAsync(network.Coordinator, theme, AgendaItemKind.Theme, "Thema", 30, null, null);
        await meeting.AddAgendaItemAsync(network.Coordinator, questions, AgendaItemKind.AnyOtherBusiness, "Rondvraag", 10, null, null);
        Assert.Empty(await meeting.GetPendingAgendaChangesAsync(network.Coordinator));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.not-published", () => meeting.AnnounceAgendaChangesAsync(network.Coordinator, Guid.NewGuid()));
        await meeting.PublishAsync(network.Coordinator);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.no-agenda-changes", () => meeting.AnnounceAgendaChangesAsync(network.Coordinator, Guid.NewGuid()));

        var guest = Guid.NewGuid();
        await meeting.AddAgendaItemAsync(network.Coordinator, guest, AgendaItemKind.Theme, "Gast van het wijkteam", 20, null, null, AgendaGuest.Named("Wijkteam Noord"));
        await meeting.EditAgendaItemAsync(network.Coordinator, theme, AgendaItemKind.Theme, "Thema", 40, null, null);
        await meeting.RemoveAgendaItemAsync(network.Coordinator, opening);
        var pending = await meeting.GetPendingAgendaChangesAsync(network.Coordinator);
        Assert.Equal(3, pending.Length);
        Assert.Contains(pending, c => c is AgendaItemRemovedChange { Removed.Title: "Opening" });
        Assert.Contains(pending, c => c is AgendaItemAddedChange { Added.Title: "Gast van het wijkteam", Position: 2 });
        Assert.Contains(pending, c => c is AgendaItemEditedChange { Before.PlannedMinutes: 30, After.PlannedMinutes: 40 });
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only", () => meeting.GetPendingAgendaChangesAsync(network.Member));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only", () => meeting.AnnounceAgendaChangesAsync(network.Member, Guid.NewGuid()));

        var announcement = Guid.NewGuid();
        await meeting.AnnounceAgendaChangesAsync(network.Coordinator, announcement);
        await silo.Database.AssertIgnoredAsync([stream], () => meeting.AnnounceAgendaChangesAsync(network.Coordinator, announcement));

        Assert.Empty(await meeting.GetPendingAgendaChangesAsync(network.Coordinator));
        Assert.Equal(1, silo.Database.EventCount(stream, nameof(AgendaChangesAnnounced)));
        await meeting.MoveAgendaItemAsync(network.Coordinator, questions, 0);
        Assert.Equal([new AgendaItemMovedChange((await meeting.GetAsync(network.Member)).Agenda[0], 1, 0)], (await meeting.GetPendingAgendaChangesAsync(network.Coordinator)).ToArray());
    }

    [Fact]
    public async Task ChangeUndoneBeforeItWasAnnounced_LeavesNothingToAnnounce()
    {
        var (network, meeting, stream) = await PlannedAsync();
        var theme = Guid.NewGuid();
        await meeting.AddAgendaItemAsync(network.Coordinator, theme, AgendaItemKind.Theme, "Thema", 30, null, null);
        await meeting.PublishAsync(network.Coordinator);

        await meeting.EditAgendaItemAsync(network.Coordinator, theme, AgendaItemKind.Theme, "Thema", 45, null, null);
        await meeting.EditAgendaItemAsync(network.Coordinator, theme, AgendaItemKind.Theme, "Thema", 30, null, null);
        var extra = Guid.NewGuid();
        await meeting.AddAgendaItemAsync(network.Coordinator, extra, AgendaItemKind.Announcements, "Mededeling", 5, null, null);
        await meeting.RemoveAgendaItemAsync(network.Coordinator, extra);

        Assert.Empty(await meeting.GetPendingAgendaChangesAsync(network.Coordinator));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.no-agenda-changes", () => meeting.AnnounceAgendaChangesAsync(network.Coordinator, Guid.NewGuid()));
    }

    [Fact]
    public async Task AgendaAfterTheStart_CannotBeEditedNorChangesAnnounced()
    {
        var (network, meeting, stream) = await PlannedAsync();
        var theme = Guid.NewGuid();
        await meeting.AddAgendaItemAsync(network.Coordinator, theme, AgendaItemKind.Theme, "Thema", 30, null, null);
        await meeting.PublishAsync(network.Coordinator);
        await meeting.EditAgendaItemAsync(network.Coordinator, theme, AgendaItemKind.Theme, "Thema", 45, null, null);
        await meeting.StartAsync(network.Coordinator, overrideDay: true);

        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.agenda-locked",
            () => meeting.EditAgendaItemAsync(network.Coordinator, theme, AgendaItemKind.Theme, "Thema", 50, null, null));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.not-published", () => meeting.AnnounceAgendaChangesAsync(network.Coordinator, Guid.NewGuid()));
        Assert.Empty(await meeting.GetPendingAgendaChangesAsync(network.Coordinator));
    }

    [Fact]
    public async Task Rsvp_FromACoordinatorOrCoCoordinator_IsRefused_AndStoresNothing()
    {
        var (network, meeting, stream) = await PlannedAsync();
        await meeting.AddAgendaItemAsync(network.Coordinator, Guid.NewGuid(), AgendaItemKind.Opening, "Opening", 5, null, null);
        await meeting.PublishAsync(network.Coordinator);
        await network.Network.PromoteMemberAsync(network.Coordinator, network.OtherMember.UserId);

        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.coordinator-rsvp", () => meeting.RespondAsync(network.Coordinator, Rsvp.No));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.coordinator-rsvp", () => meeting.RespondAsync(network.OtherMember, Rsvp.Yes));
        await meeting.RespondAsync(network.Member, Rsvp.Yes);

        Assert.Equal([network.Member.UserId], (await meeting.GetAsync(network.Coordinator)).Rsvps.Keys.ToArray());
    }

    private async Task<(TestNetwork Network, IMeetingGrain Meeting, string Stream)> PlannedAsync()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.PlanMeetingAsync(NextTuesday);
        return (network, network.Meeting(id), id.Stream("meeting"));
    }
}
