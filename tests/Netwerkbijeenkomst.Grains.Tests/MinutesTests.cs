using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Meetings;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>The minutes: a draft for the coordinator once the meeting closed, notes per item, and approval that fixes them.</summary>
[Collection(SharedGrains.Name)]
public sealed class MinutesTests(GrainsFixture silo)
{
    private static readonly DateTimeOffset NextTuesday = new(2026, 11, 10, 19, 30, 0, TimeSpan.FromHours(1));
    private static readonly DateOnly DueDate = new(2026, 12, 1);

    [Fact]
    public async Task Draft_IsBuiltFromTheMeetingsEvents_PerAgendaItem()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var meetingId = await network.PlanMeetingAsync(NextTuesday);
        var caseId = await network.OpenCaseAsync(network.Member);
        await network.Case(caseId).SubmitAsync(network.Member);
        var meeting = network.Meeting(meetingId);
        await meeting.AssembleDraftAgendaAsync(network.Coordinator);
        await meeting.PublishAsync(network.Coordinator);
        await meeting.RespondAsync(network.OtherMember, Rsvp.No);
        await meeting.StartAsync(network.Coordinator, overrideDay: true);
        await meeting.JoinAsync(network.Coordinator);
        await meeting.JoinAsync(network.Member);
        var escalation = Guid.NewGuid();
        await meeting.RecordAdviceAsync(network.Coordinator, Guid.NewGuid(), caseId, "Via de moskee contact zoeken.", "Lid 1 spreekt de imam aan.");
        await meeting.RecordActionPointAsync(network.Coordinator, Guid.NewGuid(), "Imam benaderen", network.Member.UserId, DueDate, caseId);
        await meeting.RecordActionPointAsync(network.Coordinator, Guid.NewGuid(), "Zaal reserveren", network.Coordinator.UserId, DueDate, null);
        await meeting.RecordEscalationAsync(network.Coordinator, escalation, caseId, TestNetwork.Institution, TestNetwork.Contact, "Somberheid neemt toe", Urgency.High);
        await meeting.CloseAsync(network.Coordinator);

        var minutes = await meeting.GetMinutesAsync(network.Coordinator);

        Assert.Equal([network.Coordinator.UserId, network.Member.UserId], minutes.Attendees.ToArray());
        Assert.Equal([network.OtherMember.UserId], minutes.SentRegrets.ToArray());
        Assert.Equal(minutes.Agenda.Select(i => i.Id), minutes.Items.Select(i => i.ItemId));
        var caseItem = Assert.Single(minutes.Items, i => i.CaseId == caseId);
        Assert.StartsWith("Casus ", caseItem.CaseLabel, StringComparison.Ordinal);
        Assert.Equal("Via de moskee contact zoeken.", Assert.Single(caseItem.Advice).Advice);
        Assert.Equal("Imam benaderen", Assert.Single(caseItem.ActionPoints).Description);
        Assert.Equal(escalation, Assert.Single(caseItem.Escalations).EscalationId);
        Assert.All(minutes.Items.Where(i => i.CaseId is null), i => Assert.Empty(i.ActionPoints));
        Assert.Equal(2, minutes.ActionPoints.Length);
        Assert.Null(minutes.ApprovedAt);
    }

    [Fact]
    public async Task Draft_IsForTheCoordinator_MembersReadTheApprovedMinutes_OutsidersNothing()
    {
        var (network, meeting, _) = await ClosedMeetingAsync();
        var stream = meeting.GetPrimaryKey().Stream("meeting");

        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "minutes.not-approved", () => meeting.GetMinutesAsync(network.Member));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only", () => meeting.GetMinutesAsync(network.Outsider));
        Assert.Null((await meeting.GetAsync(network.Member)).MinutesApprovedAt);

        await meeting.ApproveMinutesAsync(network.Coordinator);

        var approved = await meeting.GetMinutesAsync(network.Member);
        Assert.Equal(silo.Clock.GetUtcNow(), approved.ApprovedAt);
        Assert.Equal(network.Coordinator.UserId, approved.ApprovedBy);
        Assert.Equal(approved.ApprovedAt, (await meeting.GetAsync(network.Member)).MinutesApprovedAt);
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only", () => meeting.GetMinutesAsync(network.Outsider));
    }

    [Fact]
    public async Task NotesAndApproval_BeforeTheMeetingClosed_AreRefused_AndStoreNothing()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (meetingId, _) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(meetingId);
        var item = (await meeting.GetAsync(network.Coordinator)).Agenda[0].Id;
        var stream = meetingId.Stream("meeting");

        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.not-closed", () => meeting.WriteMinutesNoteAsync(network.Coordinator, item, "Besloten: doorgaan."));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.not-closed", () => meeting.ApproveMinutesAsync(network.Coordinator));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.not-closed", () => meeting.GetMinutesAsync(network.Coordinator));
    }

    [Fact]
    public async Task NotesAndApproval_AreTheCoordinators_Only()
    {
        var (network, meeting, item) = await ClosedMeetingAsync();
        var stream = meeting.GetPrimaryKey().Stream("meeting");

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only", () => meeting.WriteMinutesNoteAsync(network.Member, item, "Besloten: doorgaan."));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only", () => meeting.ApproveMinutesAsync(network.Member));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only", () => meeting.ApproveMinutesAsync(network.Outsider));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only", () => meeting.ApproveMinutesAsync(network.Admin));
    }

    [Fact]
    public async Task Note_IsWritten_Replaced_AndRemovedWithAnEmptyNote()
    {
        var (network, meeting, item) = await ClosedMeetingAsync();

        await meeting.WriteMinutesNoteAsync(network.Coordinator, item, "  Besloten: de folder komt in het Turks.  ");
        Assert.Equal("Besloten: de folder komt in het Turks.", await NoteAsync(network, meeting, item));

        await meeting.WriteMinutesNoteAsync(network.Coordinator, item, "Besloten: de folder komt in het Arabisch.");
        Assert.Equal("Besloten: de folder komt in het Arabisch.", await NoteAsync(network, meeting, item));

        await meeting.WriteMinutesNoteAsync(network.Coordinator, item, " ");
        Assert.Null(await NoteAsync(network, meeting, item));
    }

    [Fact]
    public async Task Note_TheSameAgain_OrEmptyWithoutANote_StoresNothing()
    {
        var (network, meeting, item) = await ClosedMeetingAsync();
        var stream = meeting.GetPrimaryKey().Stream("meeting");
        await silo.Database.AssertIgnoredAsync([stream], () => meeting.WriteMinutesNoteAsync(network.Coordinator, item, null));
        await meeting.WriteMinutesNoteAsync(network.Coordinator, item, "Besloten: doorgaan.");

        await silo.Database.AssertIgnoredAsync([stream], () => meeting.WriteMinutesNoteAsync(network.Coordinator, item, "Besloten: doorgaan. "));
    }

    [Fact]
    public async Task Note_BadInput_IsRefused_AndStoresNothing()
    {
        var (network, meeting, _) = await ClosedMeetingAsync();
        var stream = meeting.GetPrimaryKey().Stream("meeting");
        var item = (await meeting.GetAsync(network.Coordinator)).Agenda[0].Id;

        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.too-long",
            () => meeting.WriteMinutesNoteAsync(network.Coordinator, item, new string('a', MeetingGrain.MinutesNoteMaxLength + 1)));
        await silo.Database.AssertRefusedAsync<NotFoundException>(stream, "meeting.item-not-found",
            () => meeting.WriteMinutesNoteAsync(network.Coordinator, Guid.NewGuid(), "Besloten: doorgaan."));
    }

    [Fact]
    public async Task Note_IsPrivacyChecked_AsADiscussionText()
    {
        var (network, meeting, item) = await ClosedMeetingAsync();
        var stream = meeting.GetPrimaryKey().Stream("meeting");
        await network.Network.InviteMemberAsync(network.Coordinator, $"{network.Id}-ayse", "Ayşe Demir", ["Turks"], ["Turks"]);

        // A colleague may be named where the network talks about its work ...
        await meeting.WriteMinutesNoteAsync(network.Coordinator, item, "Besloten: Ayşe belt de huisarts.");

        // ... but not next to an address, and a stranger not at all.
        var refused = await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => meeting.WriteMinutesNoteAsync(network.Coordinator, item, "Ayşe gaat langs op de Kanaalstraat 12."));
        Assert.Equal("note", Assert.Single(refused.Fields).Field);
        await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => meeting.WriteMinutesNoteAsync(network.Coordinator, item, "Fatma Yılmaz belt de huisarts."));
        Assert.Equal("Besloten: Ayşe belt de huisarts.", await NoteAsync(network, meeting, item));
    }

    [Fact]
    public async Task Approval_FixesTheMinutes_AndARepeatIsIgnored()
    {
        var (network, meeting, item) = await ClosedMeetingAsync();
        var stream = meeting.GetPrimaryKey().Stream("meeting");
        await meeting.WriteMinutesNoteAsync(network.Coordinator, item, "Besloten: doorgaan.");
        await meeting.ApproveMinutesAsync(network.Coordinator);
        var approved = await meeting.GetMinutesAsync(network.Coordinator);
        silo.Clock.Advance(TimeSpan.FromMinutes(5));

        await silo.Database.AssertIgnoredAsync([stream], () => meeting.ApproveMinutesAsync(network.Coordinator));
        var error = await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "minutes.approved",
            () => meeting.WriteMinutesNoteAsync(network.Coordinator, item, "Besloten: toch niet."));
        Assert.Contains("volgende bijeenkomst", error.Message, StringComparison.Ordinal);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "minutes.approved",
            () => meeting.WriteMinutesNoteAsync(network.Coordinator, item, null));

        var after = await meeting.GetMinutesAsync(network.Member);
        Assert.Equal(approved.ApprovedAt, after.ApprovedAt);
        Assert.Equal("Besloten: doorgaan.", after.Items.Single(i => i.ItemId == item).Note);
        Assert.Equal(1, silo.Database.EventCount(stream, nameof(MinutesApproved)));
    }

    private static async Task<string?> NoteAsync(TestNetwork network, IMeetingGrain meeting, Guid item) =>
        (await meeting.GetMinutesAsync(network.Coordinator)).Items.Single(i => i.ItemId == item).Note;

    /// <summary>A closed meeting with one case on its agenda; returns the case's agenda item.</summary>
    private async Task<(TestNetwork Network, IMeetingGrain Meeting, Guid CaseItem)> ClosedMeetingAsync()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (meetingId, caseId) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(meetingId);
        await meeting.CloseAsync(network.Coordinator);
        var item = (await meeting.GetAsync(network.Coordinator)).Agenda.Single(i => i.CaseId == caseId).Id;
        return (network, meeting, item);
    }
}
