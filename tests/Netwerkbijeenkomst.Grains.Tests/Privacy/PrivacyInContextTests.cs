using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Grains.Tests.Privacy;

/// <summary>
/// The privacy check knows its context in the grains: the network's own people may be named where people talk about
/// the work, not in a case's own description; organising texts may hold a date (docs/privacy.md, "Context").
/// </summary>
[Collection(SharedGrains.Name)]
public sealed class PrivacyInContextTests(GrainsFixture silo)
{
    private static readonly DateTimeOffset NextTuesday = new(2026, 11, 10, 19, 30, 0, TimeSpan.FromHours(1));
    private static readonly DateOnly DueDate = new(2026, 12, 1);

    [Fact]
    public async Task ColleaguesNames_PassInContributionsAdviceAndActionPoints()
    {
        var (network, meeting, caseId) = await MeetingWithColleaguesAsync();

        await meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Remark, "Dank je Mohamed, dat ga ik proberen.");
        await meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Remark, "Goed punt van Mohamed El Amrani en van Ayşe.");
        await meeting.RecordAdviceAsync(network.Coordinator, Guid.NewGuid(), caseId, "Ayşe belt de huisarts.", "Ayse en Mohamed gaan samen op huisbezoek.");
        await meeting.RecordActionPointAsync(network.Coordinator, Guid.NewGuid(), "Doorgeven aan Ayşe", network.Member.UserId, DueDate, caseId);

        var view = await meeting.GetAsync(network.Coordinator);
        Assert.Equal(2, view.Contributions.Length);
        Assert.Equal("Ayşe belt de huisarts.", Assert.Single(view.Advice).Advice);
        Assert.Equal("Doorgeven aan Ayşe", Assert.Single(view.ActionPoints).Description);
    }

    [Fact]
    public async Task AColleaguesName_IsRefused_InTheCaseDescription()
    {
        var network = await NetworkWithColleaguesAsync();
        var caseId = Guid.NewGuid();

        var refused = await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(caseId.Stream("case"), PersonalDataRefusedException.ErrorCode,
            () => network.Case(caseId).CreateAsync(network.Member, network.Id, TestNetwork.Details("Ayşe kent de familie al jaren; de man woont alleen sinds de zomer.")));

        var finding = Assert.Single(Assert.Single(refused.Fields, f => f.Field == "situation").Findings);
        Assert.Equal((PersonalDataKind.Name, 0, 4), (finding.Kind, finding.Start, finding.Length));
    }

    [Fact]
    public async Task AKnownName_NextToOtherIdentifyingDetails_StaysRefused_AndSoDoesAStrangersName()
    {
        var (network, meeting, _) = await MeetingWithColleaguesAsync();
        var stream = meeting.GetPrimaryKey().Stream("meeting");

        var withAddress = await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Remark, "Ayşe woont op de Kanaalstraat 12 bij haar zoon."));
        Assert.Equal([PersonalDataKind.Name, PersonalDataKind.Address], Assert.Single(withAddress.Fields).Findings.Select(f => f.Kind));

        var stranger = await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Remark, "Ayşe sprak met Fatma Yılmaz over de thuiszorg."));
        var finding = Assert.Single(Assert.Single(stranger.Fields).Findings);
        Assert.Equal("Fatma Yılmaz", "Ayşe sprak met Fatma Yılmaz over de thuiszorg.".Substring(finding.Start, finding.Length));
    }

    [Fact]
    public async Task TheAllowList_IsTheNetworkAsItIsAtTheCheck()
    {
        var (network, meeting, _) = await MeetingWithColleaguesAsync();
        var stream = meeting.GetPrimaryKey().Stream("meeting");
        const string Text = "Umut Kaya neemt contact op met het buurthuis.";

        await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Remark, Text));

        await network.Network.InviteMemberAsync(network.Coordinator, $"{network.Id}-umut", "Umut Kaya", ["Turks"], ["Turks"]);
        await meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Remark, Text);

        // A member who is no longer active is no longer a colleague in the room.
        await network.Network.DeactivateMemberAsync(network.Coordinator, Mohamed(network));
        await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Remark, "Mohamed zoekt het uit."));
    }

    [Fact]
    public async Task AContactPersonsNameAndWorkContactDetails_Pass_OtherNumbersDoNot()
    {
        var (network, meeting, caseId) = await MeetingWithColleaguesAsync();
        var stream = meeting.GetPrimaryKey().Stream("meeting");

        await meeting.RecordActionPointAsync(network.Coordinator, Guid.NewGuid(), "Joke Visser bellen op 030-2621487 of mailen naar j.visser@buurtteam.example", network.Member.UserId, DueDate, caseId);
        await meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Advice, "Joke is bereikbaar op +31 30 262 14 87.");

        var refused = await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Advice, "Joke belt hem op 06-12345678."));
        Assert.Equal([PersonalDataKind.Name, PersonalDataKind.Phone], Assert.Single(refused.Fields).Findings.Select(f => f.Kind));
    }

    [Fact]
    public async Task OrganisingTexts_MayHoldADate_ButNotAPhoneNumber()
    {
        var network = await NetworkWithColleaguesAsync();
        var meetingId = Guid.NewGuid();
        var meeting = network.Meeting(meetingId);
        var stream = meetingId.Stream("meeting");

        await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => meeting.PlanAsync(network.Coordinator, network.Id, "Netwerkbijeenkomst, aanmelden via 06-12345678", NextTuesday, NextTuesday.AddHours(2)));
        await meeting.PlanAsync(network.Coordinator, network.Id, "Netwerkbijeenkomst 9 februari 2027", NextTuesday, NextTuesday.AddHours(2));
        Assert.Equal("Netwerkbijeenkomst 9 februari 2027", (await meeting.GetAsync(network.Member)).Title);

        await meeting.AddAgendaItemAsync(network.Coordinator, Guid.NewGuid(), AgendaItemKind.Theme, "Themavond 16-02-2027: Hanneke Bosman van Humanitas stelt zich voor", 30, null, null);
        await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => meeting.AddAgendaItemAsync(network.Coordinator, Guid.NewGuid(), AgendaItemKind.Theme, "Gast, bereikbaar op 06-12345678", 30, null, null));

        await network.Network.AddInstitutionAsync(network.Coordinator, "praktijk-jansen", "Huisartsenpraktijk Jansen & Bakker", InstitutionKind.GeneralPractitioner, PartnerRoles.WeReferToThem);
        await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(network.NetworkStream(), PersonalDataRefusedException.ErrorCode,
            () => network.Network.AddInstitutionAsync(network.Coordinator, "praktijk-x", "Praktijk, bel 06-12345678", InstitutionKind.GeneralPractitioner, PartnerRoles.WeReferToThem));
    }

    [Fact]
    public async Task ACaseItemsTitle_IsAboutTheCase_AndRefusesAStrangersName()
    {
        var network = await NetworkWithColleaguesAsync();
        var meetingId = await network.PlanMeetingAsync(NextTuesday);
        var caseId = await network.OpenCaseAsync(network.Member);
        await network.Case(caseId).SubmitAsync(network.Member);

        await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(meetingId.Stream("meeting"), PersonalDataRefusedException.ErrorCode,
            () => network.Meeting(meetingId).AddAgendaItemAsync(network.Coordinator, Guid.NewGuid(), AgendaItemKind.Case, "Meneer Benali uit de Kanaalstraat", 20, null, caseId));
    }

    [Fact]
    public async Task AContribution_IsAboutThePickedCase_OrTheCurrentItemsCase()
    {
        var (network, meeting, caseId) = await MeetingWithColleaguesAsync();
        var agenda = (await meeting.GetAsync(network.Coordinator)).Agenda.ToList();
        var stream = meeting.GetPrimaryKey().Stream("meeting");

        await meeting.GoToItemAsync(network.Coordinator, agenda.FindIndex(i => i.CaseId == caseId));
        var underTheCase = Guid.NewGuid();
        await meeting.PostContributionAsync(network.Member, underTheCase, ContributionKind.Question, "Heeft hij familie in de buurt?");

        await meeting.GoToItemAsync(network.Coordinator, agenda.FindIndex(i => i.CaseId is null));
        var picked = Guid.NewGuid();
        var general = Guid.NewGuid();
        await meeting.PostContributionAsync(network.Member, picked, ContributionKind.Remark, "Nog iets over die casus.", caseId);
        await meeting.PostContributionAsync(network.Member, general, ContributionKind.Remark, "Volgende keer koffie.");
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.case-not-on-agenda",
            () => meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Remark, "Over een andere casus.", Guid.NewGuid()));

        var contributions = (await meeting.GetAsync(network.Coordinator)).Contributions.ToDictionary(c => c.Id, c => c.CaseId);
        Assert.Equal(caseId, contributions[underTheCase]);
        Assert.Equal(caseId, contributions[picked]);
        Assert.Null(contributions[general]);
    }

    // The test network, with two members who have real names, and a contact person with a work phone and e-mail.
    private async Task<TestNetwork> NetworkWithColleaguesAsync()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;
        foreach (var (userId, name) in new[] { (Ayse(network), "Ayşe Demir"), (Mohamed(network), "Mohamed El Amrani") })
        {
            await grain.InviteMemberAsync(network.Coordinator, userId, name, ["Turks"], ["Turks"]);
            await grain.ActivateMemberAsync(new Actor(userId), userId);
        }

        await grain.AddContactPersonAsync(network.Coordinator, TestNetwork.Institution,
            new ContactPerson("joke", "Joke Visser", "Wijkverpleegkundige", "J.Visser@buurtteam.example", "030 262 14 87"));
        return network;
    }

    private static string Ayse(TestNetwork network) => $"{network.Id}-ayse";

    private static string Mohamed(TestNetwork network) => $"{network.Id}-mohamed";

    private async Task<(TestNetwork Network, IMeetingGrain Meeting, Guid CaseId)> MeetingWithColleaguesAsync()
    {
        var network = await NetworkWithColleaguesAsync();
        var (meetingId, caseId) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        return (network, network.Meeting(meetingId), caseId);
    }
}
