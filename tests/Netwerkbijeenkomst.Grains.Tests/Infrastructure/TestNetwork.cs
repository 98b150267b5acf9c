using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Grains.Tests.Infrastructure;

/// <summary>
/// A network with a coordinator, two active members, one invited member, a GGZ institution with a contact person,
/// and the rule "second Tuesday, 19:30–21:00". Each test gets its own.
/// </summary>
public sealed class TestNetwork(Func<IGrainFactory> grains, string id)
{
    public const string Institution = "ggz-utrecht";
    public const string Contact = "ggz-contact-1";

    public string Id { get; } = id;

    public Actor Admin { get; } = Actor.Administrator("beheer");

    public Actor Coordinator { get; } = new($"{id}-coordinator");

    public Actor Member { get; } = new($"{id}-lid-1");

    public Actor OtherMember { get; } = new($"{id}-lid-2");

    public Actor Invited { get; } = new($"{id}-uitgenodigd");

    /// <summary>Coordinator of another network: has no role here.</summary>
    public Actor Outsider { get; } = new($"{id}-buitenstaander");

    public INetworkGrain Network => grains().GetGrain<INetworkGrain>(Id);

    public static Task<TestNetwork> CreateAsync(IGrainFactory grains) => CreateAsync(() => grains);

    /// <summary>For tests that restart the silo: the factory is asked for anew on every call.</summary>
    public static async Task<TestNetwork> CreateAsync(Func<IGrainFactory> grains)
    {
        var network = new TestNetwork(grains, $"net-{Guid.NewGuid():N}");
        var grain = network.Network;
        await grain.CreateAsync(network.Admin, "Netwerk Utrecht", "Utrecht", new Coordinator(network.Coordinator.UserId, "Coördinator Utrecht"));
        await grain.SetMeetingRuleAsync(network.Coordinator, new MeetingRule(2, DayOfWeek.Tuesday, new TimeOnly(19, 30), new TimeOnly(21, 0)));
        foreach (var member in new[] { network.Member, network.OtherMember })
        {
            await grain.InviteMemberAsync(network.Coordinator, member.UserId, $"Lid {member.UserId[^1]}", ["Turks"], ["Turks", "Nederlands"]);
            await grain.ActivateMemberAsync(member, member.UserId);
        }

        await grain.InviteMemberAsync(network.Coordinator, network.Invited.UserId, "Nog uitgenodigd", ["Marokkaans"], ["Tarifit"]);
        await grain.AddInstitutionAsync(network.Coordinator, Institution, "GGZ Centrum", InstitutionKind.MentalHealthCare, PartnerRoles.WeReferToThem | PartnerRoles.Cooperates);
        await grain.AddContactPersonAsync(network.Coordinator, Institution, new ContactPerson(Contact, "A. de Vries", "Praktijkondersteuner", "contact@ggz.example", null));
        return network;
    }

    public static CaseDetails Details(string situation = "Een oudere man woont alleen en komt sinds de zomer niet meer naar de moskee.") =>
        new(AgeBand.From65To74, "Turks", [CaseTheme.Loneliness, CaseTheme.Health], null, situation, "Hoe kunnen we hem weer in contact brengen met zijn omgeving?");

    public IMeetingGrain Meeting(Guid meetingId) => grains().GetGrain<IMeetingGrain>(meetingId);

    public ICaseGrain Case(Guid caseId) => grains().GetGrain<ICaseGrain>(caseId);

    public async Task<Guid> PlanMeetingAsync(DateTimeOffset startsAt)
    {
        var id = Guid.NewGuid();
        await Meeting(id).PlanAsync(Coordinator, Id, "Netwerkbijeenkomst november", startsAt, startsAt.AddMinutes(90));
        return id;
    }

    public async Task<Guid> OpenCaseAsync(Actor bringer)
    {
        var id = Guid.NewGuid();
        await Case(id).CreateAsync(bringer, Id, Details());
        return id;
    }

    /// <summary>A meeting with one submitted case on its agenda, published and started, with the coordinator and the member present.</summary>
    public async Task<(Guid Meeting, Guid Case)> StartedMeetingWithCaseAsync(DateTimeOffset startsAt)
    {
        var meetingId = await PlanMeetingAsync(startsAt);
        var caseId = await OpenCaseAsync(Member);
        await Case(caseId).SubmitAsync(Member);
        var meeting = Meeting(meetingId);
        await meeting.AssembleDraftAgendaAsync(Coordinator);
        await meeting.PublishAsync(Coordinator);
        await meeting.StartAsync(Coordinator, overrideDay: true);
        await meeting.JoinAsync(Coordinator);
        await meeting.JoinAsync(Member);
        return (meetingId, caseId);
    }
}
