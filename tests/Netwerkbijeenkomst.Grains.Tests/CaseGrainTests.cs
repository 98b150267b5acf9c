using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Grains.Tests;

[Collection(SharedGrains.Name)]
public sealed class CaseGrainTests(GrainsFixture silo)
{
    private static readonly DateTimeOffset NextTuesday = new(2026, 11, 10, 19, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Create_ByAMember_GetsTheNetworksNextLabel_AndStartsAsConcept()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = Guid.NewGuid();

        var label = await network.Case(id).CreateAsync(network.Member, network.Id, TestNetwork.Details());

        var view = await network.Case(id).GetAsync(network.Coordinator);
        Assert.Equal("Casus 2026-001", label);
        Assert.Equal((label, network.Member.UserId, CaseStatus.Concept), (view.Label, view.BringerId, view.Status));
        Assert.Equal([CaseTheme.Loneliness, CaseTheme.Health], view.Details.Themes.ToArray());
    }

    [Fact]
    public async Task Create_RetriedAfterTheNetworkGaveALabel_KeepsThatLabel()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = Guid.NewGuid();
        var grain = network.Case(id);
        // What a first attempt left behind when the case's own commit failed after the network had handed out the label.
        var given = await network.Network.AllocateCaseLabelAsync(network.Member, id);

        var label = await silo.Database.AssertIgnoredAsync([network.NetworkStream()], () => grain.CreateAsync(network.Member, network.Id, TestNetwork.Details()));

        Assert.Equal("Casus 2026-001", given);
        Assert.Equal((given, given), (label, (await grain.GetAsync(network.Member)).Label));
        Assert.Equal(given, await silo.Database.AssertIgnoredAsync([id.Stream("case"), network.NetworkStream()], () => grain.CreateAsync(network.Member, network.Id, TestNetwork.Details())));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(id.Stream("case"), "case.exists", () => grain.CreateAsync(network.Member, network.Id, TestNetwork.Details("Een andere situatie.")));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(id.Stream("case"), "case.exists", () => grain.CreateAsync(network.OtherMember, network.Id, TestNetwork.Details()));
        Assert.Equal(1, silo.Database.EventCount(network.NetworkStream(), nameof(CaseLabelAllocated)));
        Assert.Equal("Casus 2026-002", await network.Case(Guid.NewGuid()).CreateAsync(network.Member, network.Id, TestNetwork.Details()));
    }

    [Fact]
    public async Task Create_Refusals_StoreNothing()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = Guid.NewGuid();
        var grain = network.Case(id);
        var stream = id.Stream("case");

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only", () => grain.CreateAsync(network.Outsider, network.Id, TestNetwork.Details()));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only", () => grain.CreateAsync(network.Invited, network.Id, TestNetwork.Details()));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "case.themes-required",
            () => grain.CreateAsync(network.Member, network.Id, TestNetwork.Details() with { Themes = [] }));
        var other = await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.required",
            () => grain.CreateAsync(network.Member, network.Id, TestNetwork.Details() with { Themes = [CaseTheme.Other] }));
        Assert.Equal("otherTheme", other.Field);
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.invalid-choice",
            () => grain.CreateAsync(network.Member, network.Id, TestNetwork.Details() with { AgeBand = (AgeBand)9 }));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.too-long",
            () => grain.CreateAsync(network.Member, network.Id, TestNetwork.Details(new string('a', 4001))));
        await Assert.ThrowsAsync<NotFoundException>(() => grain.GetAsync(network.Member));
    }

    [Fact]
    public async Task Create_WithPersonalData_IsRefused_NamingEachFinding_AndStoresNoneOfIt()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = Guid.NewGuid();
        const string situation = "Mevrouw woont op 3511 AB, telefoon +31 6 12345678, rekening NL91 ABNA 0417 1643 00.";

        var refused = await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(id.Stream("case"), PersonalDataRefusedException.ErrorCode,
            () => network.Case(id).CreateAsync(network.Member, network.Id, TestNetwork.Details(situation)));

        var field = Assert.Single(refused.Fields);
        Assert.Equal("situation", field.Field);
        Assert.Equal([PersonalDataKind.Postcode, PersonalDataKind.Phone, PersonalDataKind.Iban], field.Findings.Select(f => f.Kind).ToArray());
        Assert.Equal("3511 AB", situation.Substring(field.Findings[0].Start, field.Findings[0].Length));
        Assert.Equal(0, silo.Database.Scalar("SELECT COUNT(*) FROM Events WHERE Payload LIKE '%3511 AB%' OR Payload LIKE '%12345678%'"));
    }

    [Fact]
    public async Task Edit_IsForTheBringerOrACoordinator_UntilClosed()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.OpenCaseAsync(network.Member);
        var grain = network.Case(id);

        await grain.EditAsync(network.Member, TestNetwork.Details("Door de bringer aangepast."));
        await grain.EditAsync(network.Coordinator, TestNetwork.Details("Door de coördinator aangepast."));

        Assert.Equal("Door de coördinator aangepast.", (await grain.GetAsync(network.Member)).Details.Situation);
        await silo.Database.AssertRefusedAsync<NotAllowedException>(id.Stream("case"), "case.bringer-or-coordinator-only",
            () => grain.EditAsync(network.OtherMember, TestNetwork.Details("Door een ander lid.")));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(id.Stream("case"), "network.members-only", () => grain.GetAsync(network.Outsider));
    }

    [Fact]
    public async Task Lifecycle_FromConceptToClosedWithAnOutcome()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (meetingId, id) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var grain = network.Case(id);
        Assert.Equal(CaseStatus.OnAgenda, (await grain.GetAsync(network.Member)).Status);

        await network.Meeting(meetingId).RecordAdviceAsync(network.Coordinator, Guid.NewGuid(), id, "Huisarts inschakelen", "De inbrenger gaat mee naar de huisarts.");
        Assert.Equal(CaseStatus.Discussed, (await grain.GetAsync(network.Member)).Status);

        await grain.AddFollowUpNoteAsync(network.Member, "Afspraak bij de huisarts is gemaakt.");
        Assert.Equal(CaseStatus.FollowedUp, (await grain.GetAsync(network.Member)).Status);

        await grain.CloseAsync(network.Coordinator, CaseOutcome.ReferredToCare, "Loopt nu via de huisarts.");
        var closed = await grain.GetAsync(network.Member);
        Assert.Equal((CaseStatus.Closed, CaseOutcome.ReferredToCare), (closed.Status, closed.Outcome));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(id.Stream("case"), "case.closed", () => grain.EditAsync(network.Member, TestNetwork.Details()));
    }

    [Fact]
    public async Task LifecycleRefusals_NameTheRule()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var meetingId = await network.PlanMeetingAsync(NextTuesday);
        var id = await network.OpenCaseAsync(network.Member);
        var grain = network.Case(id);
        var stream = id.Stream("case");

        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "case.not-submitted", () => grain.PlaceOnAgendaAsync(network.Coordinator, meetingId));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "case.not-on-agenda", () => grain.RecordAdviceAsync(network.Coordinator, Guid.NewGuid(), meetingId, "A", "B"));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "case.not-discussed", () => grain.AddFollowUpNoteAsync(network.Member, "Notitie"));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "case.cannot-close", () => grain.CloseAsync(network.Coordinator, CaseOutcome.Resolved, null));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "case.cannot-escalate",
            () => grain.EscalateAsync(network.Coordinator, Guid.NewGuid(), TestNetwork.Institution, TestNetwork.Contact, "Reden", Urgency.Normal));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "case.bringer-or-coordinator-only", () => grain.SubmitAsync(network.OtherMember));

        await grain.SubmitAsync(network.Member);
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only", () => grain.PlaceOnAgendaAsync(network.Member, meetingId));
        await grain.PlaceOnAgendaAsync(network.Coordinator, meetingId);
        await grain.PlaceOnAgendaAsync(network.Coordinator, meetingId);
        await silo.Database.AssertIgnoredAsync([stream], () => grain.SubmitAsync(network.Member));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "case.other-meeting", () => grain.RecordAdviceAsync(network.Coordinator, Guid.NewGuid(), Guid.NewGuid(), "A", "B"));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "case.bringer-or-coordinator-only", () => grain.CloseAsync(network.OtherMember, CaseOutcome.Resolved, null));
    }

    [Fact]
    public async Task Escalation_MovesForwardUntilSettled_DatedAndAttributed_AndBlocksClosingUntilThen()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (meetingId, id) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var grain = network.Case(id);
        var stream = id.Stream("case");
        await network.Meeting(meetingId).RecordAdviceAsync(network.Coordinator, Guid.NewGuid(), id, "Advies", "Vervolg");

        var escalation = Guid.NewGuid();
        await grain.EscalateAsync(network.Coordinator, escalation, TestNetwork.Institution, TestNetwork.Contact, "Zorgen over somberheid", Urgency.High);
        Assert.Single((await network.Network.GetAsync(network.Coordinator)).OpenEscalations);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "case.escalation-unsettled", () => grain.CloseAsync(network.Coordinator, CaseOutcome.Resolved, null));

        await grain.ChangeEscalationAsync(network.Coordinator, escalation, EscalationStatus.ContactMade, "Contactpersoon gebeld.");
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "case.escalation-backwards",
            () => grain.ChangeEscalationAsync(network.Coordinator, escalation, EscalationStatus.Reported, null));
        await grain.ChangeEscalationAsync(network.Coordinator, escalation, EscalationStatus.InCare, null);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "case.escalation-settled",
            () => grain.ChangeEscalationAsync(network.Coordinator, escalation, EscalationStatus.Declined, "Toch niet"));

        var history = Assert.Single((await grain.GetAsync(network.Member)).Escalations).History;
        Assert.Equal([EscalationStatus.Reported, EscalationStatus.ContactMade, EscalationStatus.InCare], history.Select(h => h.Status).ToArray());
        Assert.All(history, h => Assert.Equal((network.Coordinator.UserId, silo.Clock.GetUtcNow()), (h.By, h.At)));
        Assert.Empty((await network.Network.GetAsync(network.Coordinator)).OpenEscalations);

        await grain.CloseAsync(network.Coordinator, CaseOutcome.ReferredToCare, null);
    }

    [Fact]
    public async Task Escalation_CanBeDeclined_WithAReason_Only()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (_, id) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var grain = network.Case(id);
        var stream = id.Stream("case");
        var escalation = Guid.NewGuid();
        await grain.EscalateAsync(network.Coordinator, escalation, TestNetwork.Institution, TestNetwork.Contact, "Schulden lopen op", Urgency.Normal);

        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.required", () => grain.ChangeEscalationAsync(network.Coordinator, escalation, EscalationStatus.Declined, null));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "case.bringer-or-coordinator-only", () => grain.ChangeEscalationAsync(network.OtherMember, escalation, EscalationStatus.ContactMade, null));
        await silo.Database.AssertRefusedAsync<NotFoundException>(stream, "case.escalation-not-found", () => grain.ChangeEscalationAsync(network.Coordinator, Guid.NewGuid(), EscalationStatus.ContactMade, null));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "case.unknown-contact",
            () => grain.EscalateAsync(network.Coordinator, Guid.NewGuid(), TestNetwork.Institution, "onbekend", "Reden", Urgency.Normal));

        await grain.ChangeEscalationAsync(network.Coordinator, escalation, EscalationStatus.Declined, "Valt buiten het werkgebied.");

        var declined = Assert.Single((await grain.GetAsync(network.Member)).Escalations);
        Assert.Equal((EscalationStatus.Declined, "Valt buiten het werkgebied."), (declined.Status, declined.History[^1].Note));
    }

    [Fact]
    public async Task FollowUpNote_WithPersonalData_IsRefused()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (meetingId, id) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        await network.Meeting(meetingId).RecordAdviceAsync(network.Coordinator, Guid.NewGuid(), id, "Advies", "Vervolg");

        await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(id.Stream("case"), PersonalDataRefusedException.ErrorCode,
            () => network.Case(id).AddFollowUpNoteAsync(network.Member, "Zoon belt terug op 020-1234567"));
        Assert.Equal(0, silo.Database.Scalar("SELECT COUNT(*) FROM Events WHERE Payload LIKE '%1234567%' OR Payload LIKE '%belt terug%'"));
    }
}
