using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Orleans.Serialization;

namespace Netwerkbijeenkomst.Grains.Tests.Contracts;

/// <summary>Every type that crosses a grain boundary or lands in the event store survives Orleans' serializer unchanged.</summary>
public sealed class ContractSerializationTests
{
    private static readonly Assembly ContractAssembly = typeof(Actor).Assembly;

    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(ContractAssembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    private const string By = "user-coordinator";
    private static readonly DateTimeOffset At = new(2026, 3, 10, 19, 30, 15, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Later = new(2026, 4, 14, 21, 5, 0, TimeSpan.FromHours(2));
    private static readonly DateOnly Due = new(2026, 4, 30);
    private static readonly Guid CaseId = Guid.Parse("0c1d6a0e-2f43-4b8e-9a51-6f3a2c7d8e01");
    private static readonly Guid MeetingId = Guid.Parse("5b7e2d94-81c3-4f0a-b6d2-3e9f1a4c5d02");
    private static readonly Guid ItemId = Guid.Parse("a3f0c8e1-6d2b-4a97-8c15-9e4b7d2f6a03");
    private static readonly Guid EscalationId = Guid.Parse("e8d4b2a6-3c1f-4e75-a9b0-1f6c3d8e2b04");
    private static readonly Guid ActionPointId = Guid.Parse("7f2a9c3e-5b8d-4c16-b4e7-2a1d9f0c6e05");
    private static readonly Guid ContributionId = Guid.Parse("c6e1f7b3-9a4d-4b28-8f53-7d0e2c1a9b06");
    private static readonly Guid AdviceId = Guid.Parse("d9b3e5f1-7c2a-4e86-a1d4-5b8f0e3c7a07");

    private static readonly CaseDetails Details = new(
        AgeBand.From75, "Turks-Nederlands", [CaseTheme.Loneliness, CaseTheme.Other], "Rouw", "Een weduwe komt de deur niet meer uit.", "Wie kan langsgaan?");

    private static readonly EscalationChange Change = new(EscalationStatus.Declined, "Wil geen hulp", By, At);

    private static readonly ContactLink Link = new(Guid.Parse("0c3a7f51-9e2d-4b86-a1f4-7d5e2c9b6a13"), At, Later, RevokedAt: Later);

    private static readonly Escalation CaseEscalation = new(
        EscalationId, "inst-ggz", "contact-1", "Acute zorgen", Urgency.Crisis, EscalationStatus.Declined, [Change], Link, CallRequestedAt: At);

    private static readonly AgendaItem Item = new(ItemId, AgendaItemKind.Case, "Casus 2026-014", 20, "user-member", CaseId, new AgendaGuest("inst-ggz", "contact-1", "Gast"));

    private static readonly Contribution Said = new(ContributionId, ItemId, "user-member", ContributionKind.Advice, "Bel de wijkverpleging.", At, CaseId);

    private static readonly RecordedAdvice Advised = new(AdviceId, CaseId, "Huisbezoek", "Buurtteam belt", At);

    private static readonly RecordedActionPoint Recorded = new(ActionPointId, "Folder vertalen", "user-member", Due, CaseId);

    private static readonly RecordedEscalation RecordedToCare = new(EscalationId, CaseId, "inst-ggz", "contact-1", "Acute zorgen", Urgency.High);

    private static readonly Guid RoundId = Guid.Parse("4e8c1b7a-2d5f-4a93-b6e0-8c3f1d9a2e08");
    private static readonly Guid EntryId = Guid.Parse("b1f7d3c9-8e2a-4f65-a0c4-6d9e2b5f1a09");

    private static readonly RoundEntry Entry = new(EntryId, RoundPhase.Advice, "user-2", "Vraag de imam om een bezoek.", At);

    private static readonly RoundPass Passed = new(RoundPhase.Clarifying, "user-3");

    private static readonly MinutesRound RoundMinutes = new(
        RoundId, "user-member", Closed: true, "Hoe bereiken we hem?", [Entry with { Phase = RoundPhase.Clarifying, Text = "Heeft hij kinderen?" }], [Entry], [Passed],
        "Dat ga ik proberen.", [EntryId]);

    private static readonly MinutesItem MinutesEntry = new(
        ItemId, AgendaItemKind.Case, "Casus 2026-014", "user-member", CaseId, "Casus 2026-014", [Advised], [Recorded], [RecordedToCare], "Besloten: huisbezoek.")
    {
        Rounds = [RoundMinutes],
    };

    private static readonly Coordinator Lead = new("user-coordinator", "Fatima");

    private static readonly ContactPerson Contact = new("contact-1", "Jan", "Wijkverpleegkundige", "jan@example.org", "030-0000000") { Languages = ["Turks"], Retired = true };

    private static readonly InstitutionDetails InstitutionFields = new(
        "Moskee Al Fath", InstitutionKind.ReligiousHouse, PartnerRoles.RefersToUs, ["Marokkaans"], ["Arabisch"], "+31 30 123 45 67", "info@alfath.example", "https://alfath.example");

    private static readonly Institution Ggz = new("inst-ggz", "GGZ Centraal", InstitutionKind.MentalHealthCare, PartnerRoles.WeReferToThem | PartnerRoles.SharesKnowledge, [Contact])
    {
        Communities = ["Turks"], Languages = ["Turks", "Koerdisch"], Phone = "030 123 45 67", Email = "info@ggz.example", Website = "https://ggz.example", Retired = true,
    };

    private static readonly MeetingRule Rule = new(2, DayOfWeek.Tuesday, new TimeOnly(19, 30), new TimeOnly(21, 15))
    {
        Place = "Buurtcentrum De Leeuw, Kanaalstraat 12, Utrecht", OnlineLink = "https://meet.example.nl/utrecht",
    };

    private static readonly ActionPoint Open = new(ActionPointId, "Folder vertalen", "user-member", Due, ActionPointStatus.Done, MeetingId, CaseId);

    private static readonly TrackedEscalation Tracked = new(CaseId, EscalationId, "Casus 2026-014", "inst-ggz", EscalationStatus.InCare, CallRequested: true, Handled: true, Stalled: true);

    private static readonly CaseSubmission Submission = new(CaseId, "Casus 2026-014", "user-member", MeetingId) { SubmittedAt = At };

    private static readonly ScheduledMeeting Scheduled = new(MeetingId, At, Later, MeetingStatus.Published);

    private static readonly PrivacyFinding Finding = new(PersonalDataKind.Phone, 4, 11);

    private static readonly FieldFindings Findings = new("situation", [Finding, new PrivacyFinding(PersonalDataKind.Email, 20, 15)]);

    private static readonly ImmutableArray<Sample> Samples =
    [
        Of(new Actor("user-admin", IsAdministrator: true)),

        Of<Exception>(new NotAllowedException("meeting.not-coordinator", "Alleen een coördinator mag dit.")),
        Of<Exception>(new InvalidStateException("meeting.not-started", "De bijeenkomst is nog niet begonnen.")),
        Of<Exception>(new InvalidInputException("case.situation-required", "situation", "Beschrijf de situatie.")),
        Of<Exception>(new NotFoundException("network.not-found", "Dit netwerk bestaat niet.")),
        Of<Exception>(new PersonalDataRefusedException([Findings])),

        Of<CaseEvent>(new CaseOpened("utrecht-noord", "Casus 2026-014", Details, By, At)),
        Of<CaseEvent>(new CaseEdited(Details, By, At)),
        Of<CaseEvent>(new CaseSubmitted(MeetingId, By, At)),
        Of<CaseEvent>(new CasePlacedOnAgenda(MeetingId, By, At)),
        Of<CaseEvent>(new CaseAdviceRecorded(AdviceId, MeetingId, "Huisbezoek", "Buurtteam belt", By, At)),
        Of<CaseEvent>(new FollowUpNoteAdded("Bezoek was fijn.", By, At)),
        Of<CaseEvent>(new CaseEscalated(EscalationId, "inst-ggz", "contact-1", "Acute zorgen", Urgency.Crisis, By, At)),
        Of<CaseEvent>(new EscalationStatusChanged(EscalationId, EscalationStatus.ReturnedToNetwork, "Geen plek", By, At, ChangeId: AdviceId)),
        Of<CaseEvent>(new ContactLinkIssued(EscalationId, Link.Id, "contact-1", Later, By, At)),
        Of<CaseEvent>(new ContactLinkRevoked(EscalationId, Link.Id, By, At)),
        Of<CaseEvent>(new EscalationCallRequested(EscalationId, AdviceId, "contactpersoon:contact-1", At)),
        Of<CaseEvent>(new CaseClosed(CaseOutcome.ReferredToCare, "Loopt via de huisarts", By, At)),
        Of<CaseEvent>(new CaseTextsErased("utrecht-noord", By, At)),
        Of<CaseEvent>(new CaseHoursLogged(AdviceId, 5, new DateOnly(2026, 4, 14), By, At)),

        Of(Details),
        Of(new CaseAdvice(AdviceId, MeetingId, "Huisbezoek", "Buurtteam belt", By, At)),
        Of(new FollowUpNote("Bezoek was fijn.", By, At)),
        Of(Change),
        Of(CaseEscalation),
        Of(Link),
        Of(new ContactBrief(
            CaseId, EscalationId, "utrecht-noord", "Casus 2026-014", AgeBand.From75, [CaseTheme.Health, CaseTheme.Other], "Rouw", "Hoe bereiken we de huisarts?",
            "GGZ Centraal", "J. de Vries", "j.devries@ggz.example", EscalationStatus.ContactMade, Link, At)),
        Of(new EscalationFact("inst-ggz", EscalationStatus.Closed)),
        Of(new CaseFacts(
            "utrecht-noord", "Casus 2026-014", AgeBand.From65To74, [CaseTheme.Health, CaseTheme.MoneyAndDebts], CaseStatus.Closed,
            CaseOutcome.NoLongerNeeded, [new EscalationFact("inst-ggz", EscalationStatus.Closed)], Later, TextsErased: true)),
        Of(new CaseView(
            CaseId, "utrecht-noord", "Casus 2026-014", "user-member", Details, CaseStatus.FollowedUp, MeetingId,
            [new CaseAdvice(AdviceId, MeetingId, "Huisbezoek", "Buurtteam belt", By, At)], [new FollowUpNote("Bezoek was fijn.", By, At)],
            [CaseEscalation], CaseOutcome.NotReached, "Niet thuis", QuarterHoursSpent: 13)),

        Of<MeetingEvent>(new MeetingPlanned("utrecht-noord", "Bijeenkomst april", At, Later, By, At) { Place = "Buurtcentrum De Leeuw", OnlineLink = "https://meet.example.nl/utrecht" }),
        Of<MeetingEvent>(new MeetingMoved(At, Later, At.AddDays(7), Later.AddDays(7), "Zaal bezet", By, At)),
        Of<MeetingEvent>(new MeetingPlaceChanged("Bibliotheek Overvecht", "https://meet.example.nl/utrecht", By, At)),
        Of<MeetingEvent>(new DraftAgendaAssembled([Item], [Open], [Tracked], By, At)),
        Of<MeetingEvent>(new AgendaItemAdded(Item, By, At)),
        Of<MeetingEvent>(new AgendaItemRemoved(ItemId, By, At)),
        Of<MeetingEvent>(new AgendaItemMoved(ItemId, 3, By, At)),
        Of<MeetingEvent>(new MeetingPublished(By, At)),
        Of<MeetingEvent>(new MeetingStarted(By, At) { OverrideDay = true }),
        Of<MeetingEvent>(new MeetingClosed(By, At)),
        Of<MeetingEvent>(new MeetingCancelled("Te weinig aanmeldingen", By, At)),
        Of<MeetingEvent>(new RsvpGiven(Rsvp.Maybe, By, At)),
        Of<MeetingEvent>(new AttendeeJoined(By, At) { Node = "web-1" }),
        Of<MeetingEvent>(new AttendeeLeft(By, At)),
        Of<MeetingEvent>(new AgendaItemAdvanced(2, By, At)),
        Of<MeetingEvent>(new ContributionPosted(Said, By, At)),
        Of<MeetingEvent>(new HandRaised(By, At)),
        Of<MeetingEvent>(new HandLowered("user-member", By, At)),
        Of<MeetingEvent>(new FloorGiven("user-member", By, At)),
        Of<MeetingEvent>(new AdviceRecorded(AdviceId, CaseId, "Huisbezoek", "Buurtteam belt", By, At)),
        Of<MeetingEvent>(new ActionPointRecorded(Recorded, By, At)),
        Of<MeetingEvent>(new EscalationRecorded(RecordedToCare, By, At)),
        Of<MeetingEvent>(new AgendaItemEdited(Item, By, At)),
        Of<MeetingEvent>(new AgendaChangesAnnounced(
            ItemId, [new AgendaItemAddedChange(Item, 2), new AgendaItemRemovedChange(Item), new AgendaItemMovedChange(Item, 1, 3), new AgendaItemEditedChange(Item, Item with { PlannedMinutes = 30 })],
            By, At)),
        Of(new AgendaGuest("inst-ggz", "contact-1", "Gast")),
        Of(new AgendaItemAddedChange(Item, 2)),
        Of(new AgendaItemRemovedChange(Item)),
        Of(new AgendaItemMovedChange(Item, 1, 3)),
        Of(new AgendaItemEditedChange(Item, Item with { PlannedMinutes = 30 })),
        Of<MeetingEvent>(new AttendanceReminderDue(Later, ["user-member"], ["user-2"], "systeem", At)),
        Of<MeetingEvent>(new FloorTakenBack(By, At)),
        Of<MeetingEvent>(new RoundStarted(RoundId, ItemId, CaseId, "user-member", ["user-2", "user-3"], 5, By, At)),
        Of<MeetingEvent>(new RoundPhaseStarted(RoundId, RoundPhase.Advice, 10, By, At)),
        Of<MeetingEvent>(new RoundEntryPosted(RoundId, Entry, "user-2", At)),
        Of<MeetingEvent>(new RoundTurnPassed(RoundId, RoundPhase.Clarifying, "user-3", By, At)),
        Of<MeetingEvent>(new RoundClosed(RoundId, [EntryId], AdviceId, By, Later)),
        Of(Entry),
        Of(Passed),
        Of(new PeerRound(
            RoundId, ItemId, CaseId, "user-member", ["user-2", "user-3"], RoundPhase.Reaction, 5, Later, [Entry], [Passed], Closed: true, [EntryId], AdviceId)),
        Of(RoundMinutes),

        Of(Item),
        Of(Said),
        Of(Advised),
        Of(Recorded),
        Of(RecordedToCare),
        Of(new MeetingView(
            MeetingId, "utrecht-noord", "Bijeenkomst april", At, Later, MeetingStatus.Cancelled, "Te weinig aanmeldingen",
            [Item], [Open], [Tracked], ImmutableDictionary<string, Rsvp>.Empty.Add("user-member", Rsvp.Maybe).Add("user-2", Rsvp.No),
            ["user-member", "user-2"], 1, [Said], ["user-2"], "user-member", [Advised], [Recorded], [RecordedToCare], 42,
            "Buurtcentrum De Leeuw", "https://meet.example.nl/utrecht", 3, Later) { Presence = new MeetingPresence(1_793_606_400_000, 7, ["user-member", "user-2"]) }),
        Of(new MeetingPresence(1_793_606_400_000, 7, ["user-member"])),
        Of(new RoomEntry("netwerk-utrecht", MeetingStatus.Started, new MeetingPresence(1_793_606_400_000, 7, ["user-member"]))),
        Of(new MeetingInvitation(
            MeetingId, "utrecht-noord", "Bijeenkomst april", At, Later, MeetingStatus.Cancelled, At, "De zaal is niet beschikbaar", [Item],
            ImmutableDictionary<string, Rsvp>.Empty.Add("user-member", Rsvp.Yes), "Buurtcentrum De Leeuw", "https://meet.example.nl/utrecht", 2)),
        Of(new Participant("user-member", "Ahmed", NetworkRole.Member)),
        Of(new CaseMinutes(CaseId, "Casus 2026-014", [Advised], [RecordedToCare])),
        Of(new Minutes(
            MeetingId, "utrecht-noord", "Bijeenkomst april", At, ["user-member", "user-2"], [Item],
            [new CaseMinutes(CaseId, "Casus 2026-014", [Advised], [RecordedToCare])], [Recorded], [RecordedToCare],
            [MinutesEntry], ["user-3"], By, Later)),
        Of(MinutesEntry),
        Of<MeetingEvent>(new MinutesNoteWritten(ItemId, "Besloten: de folder komt in het Turks.", By, At)),
        Of<MeetingEvent>(new MinutesApproved(["user-coordinator", "user-member"], By, Later)),

        Of<NetworkEvent>(new NetworkCreated("Utrecht Noord", "Utrecht", Lead, By, At)),
        Of<NetworkEvent>(new CoordinatorAdded(Lead, By, At)),
        Of<NetworkEvent>(new MeetingRuleSet(Rule, By, At)),
        Of<NetworkEvent>(new MemberInvited("user-member", "Ahmed", ["Marokkaans-Nederlands"], ["Arabisch", "Tamazight"], By, At)),
        Of<NetworkEvent>(new MemberActivated("user-member", By, At)),
        Of<NetworkEvent>(new MemberDeactivated("user-member", By, At)),
        Of<NetworkEvent>(new MemberForgotten("user-member", By, At)),
        Of<NetworkEvent>(new InstitutionAdded("inst-ggz", "GGZ Centraal", InstitutionKind.MentalHealthCare, PartnerRoles.RefersToUs | PartnerRoles.Cooperates, By, At)),
        Of<NetworkEvent>(new ContactPersonAdded("inst-ggz", Contact, By, At)),
        Of<NetworkEvent>(new InstitutionEdited("inst-ggz", InstitutionFields, By, At)),
        Of<NetworkEvent>(new InstitutionRetired("inst-ggz", By, At)),
        Of<NetworkEvent>(new ContactPersonEdited("inst-ggz", Contact, By, At)),
        Of<NetworkEvent>(new ContactPersonRetired("inst-ggz", "contact-1", By, At)),
        Of<NetworkEvent>(new MemberDetailsEdited("user-member", ["Koerdisch"], ["Zaza"], By, At)),
        Of<NetworkEvent>(new CoordinatorRemoved("user-coordinator", By, At)),
        Of<NetworkEvent>(new CaseLabelAllocated(CaseId, 2026, 14, By, At)),
        Of<NetworkEvent>(new CaseSubmissionRegistered(Submission, By, At)),
        Of<NetworkEvent>(new MeetingCalendarUpdated(Scheduled, By, At)),
        Of<NetworkEvent>(new CaseSubmissionsAssigned([CaseId], MeetingId, ItemId, By, At)),
        Of<NetworkEvent>(new ActionPointAdded(Open, By, At)),
        Of<NetworkEvent>(new ActionPointCompleted(ActionPointId, By, At)),
        Of<NetworkEvent>(new ActionPointCancelled(ActionPointId, By, At)),
        Of<NetworkEvent>(new ActionPointEdited(ActionPointId, "Folder laten vertalen in het Arabisch", By, At)),
        Of<NetworkEvent>(new ActionPointReassigned(ActionPointId, "user-2", By, At)),
        Of<NetworkEvent>(new ActionPointDueDateMoved(ActionPointId, Due, Due.AddDays(14), "Vertaler is op vakantie", By, At)),
        Of<NetworkEvent>(new ActionPointClosed(ActionPointId, ActionPointOutcome.NotDone, "Geen vertaler gevonden", By, At)),
        Of(new DueDateMove(Due, Due.AddDays(14), "Vertaler is op vakantie", By, At)),
        Of(new ActionPointClosing(ActionPointOutcome.NoLongerNeeded, "Folder bestaat al", By, Later)),
        Of(new ActionPointRecord(
            Open, "Casus 2026-014", [new DueDateMove(Due, Due.AddDays(14), "Vertaler is op vakantie", By, At)],
            new ActionPointClosing(ActionPointOutcome.NotDone, "Geen vertaler gevonden", By, Later))),
        Of<NetworkEvent>(new EscalationTracked(Tracked, By, At)),
        Of<NetworkEvent>(new ResponseTimeSet(InstitutionKind.WmoConsultant, 5, By, At)),
        Of<NetworkEvent>(new ActionPointRemindersDue(
            Due, [new RemindedActionPoint(ActionPointId, "user-member", Due.AddDays(2))], [new RemindedActionPoint(AdviceId, "user-2", Due.AddDays(-1))], "systeem", At)),
        Of<NetworkEvent>(new WeeklySummaryDue(2026, 45, ["user-coordinator"], [ActionPointId], [AdviceId], [EscalationId], "systeem", At)),
        Of(new RemindedActionPoint(ActionPointId, "user-member", Due)),

        Of(new Member("user-member", "Ahmed", ["Marokkaans-Nederlands"], ["Arabisch", "Tamazight"], MemberStatus.Active)),
        Of(Lead),
        Of(Contact),
        Of(Ggz),
        Of(InstitutionFields),
        Of(new NetworkSettings("utrecht-noord", "Utrecht Noord", "Utrecht", [Lead])),
        Of(Rule),
        Of(Open),
        Of(Tracked),
        Of(Submission),
        Of(Scheduled),
        Of(new OwnCase(CaseId, "Casus 2026-014", Submission)),
        Of(new OpenItems([Submission], [Open], [Tracked])),
        Of(new ResponseTime(InstitutionKind.WmoConsultant, 10)),
        Of(new FollowUpEscalation(Tracked, "GGZ Centraal", InstitutionKind.MentalHealthCare, At, Later, 12, 4, 10)),
        Of(new FollowUp([new FollowUpEscalation(Tracked, "GGZ Centraal", InstitutionKind.MentalHealthCare, At, Later, 12, 4, 10)], [new ResponseTime(InstitutionKind.WmoConsultant, 10)])),
        Of(new NetworkView(
            "utrecht-noord", "Utrecht Noord", "Utrecht", Rule, [Lead],
            [new Member("user-member", "Ahmed", ["Marokkaans-Nederlands"], ["Arabisch"], MemberStatus.Inactive)],
            [Ggz], [Open], [Tracked])),

        Of(Finding),
        Of(Findings),
        Of(new KnownPeople(["Ayşe Demir", "Mohamed El Amrani"], ["030 262 14 87"], ["j.devries@buurtteam.example"])),
    ];

    public static TheoryData<string> SampleNames => new(Samples.Select(sample => sample.Name));

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void EveryContractType_RoundTripsThroughOrleansSerializer(string name)
    {
        var sample = Samples.Single(s => s.Name == name);

        var copy = sample.RoundTrip(Serializer);

        Assert.NotNull(copy);
        Assert.Equal(sample.Value.GetType(), copy.GetType());
        if (sample.Value is Exception expected)
        {
            AssertSameException(expected, (Exception)copy);
        }
        else
        {
            Assert.Equal(Json(sample.Value), Json(copy));
        }
    }

    [Fact]
    public void AgendaChanges_RoundTripThroughTheEventStoresJson_WithTheirKind()
    {
        var announced = Samples.Select(s => s.Value).OfType<AgendaChangesAnnounced>().Single();
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var copy = JsonSerializer.Deserialize<AgendaChangesAnnounced>(JsonSerializer.Serialize(announced, options), options)!;

        Assert.Equal(announced.Changes.ToArray(), copy.Changes.ToArray());
    }

    [Fact]
    public void EveryContractType_HasASample()
    {
        var contracts = ContractTypes();
        Assert.Contains(typeof(MeetingView), contracts);
        Assert.Contains(typeof(MeetingPlanned), contracts);

        var sampled = Samples.Select(s => s.Value.GetType()).ToHashSet();
        var missing = contracts
            .Where(t => !t.IsEnum && !t.IsInterface)
            .Where(t => t.IsAbstract ? !sampled.Any(t.IsAssignableFrom) : !sampled.Contains(t))
            .Select(t => t.Name)
            .Order()
            .ToList();

        Assert.True(missing.Count == 0, "No sample for: " + string.Join(", ", missing));
        Assert.Equal(Samples.Length, Samples.Select(s => s.Name).Distinct().Count());
    }

    [Fact]
    public void EverySample_FillsEveryMember()
    {
        var empty = Samples
            .Where(s => s.Value is not Exception)
            .SelectMany(s => DefaultMembers(s.Value, s.Name))
            .ToList();

        Assert.True(empty.Count == 0, "Left at their default: " + string.Join(", ", empty));
    }

    [Fact]
    public void EverySerializableType_HasAnAliasEqualToItsName()
    {
        var serializable = ContractAssembly.GetTypes().Where(t => t.IsDefined(typeof(Orleans.GenerateSerializerAttribute), inherit: false)).ToList();
        Assert.NotEmpty(serializable);

        var wrong = serializable
            .Select(t => (Type: t, Aliases: string.Join(", ", t.GetCustomAttributes<Orleans.AliasAttribute>(inherit: false).Select(a => a.Alias))))
            .Where(x => x.Aliases != x.Type.Name)
            .Select(x => $"{x.Type.Name}: [{x.Aliases}]")
            .ToList();

        Assert.True(wrong.Count == 0, "Alias differs from the type name: " + string.Join(", ", wrong));
        Assert.Equal(serializable.Count, serializable.Select(t => t.Name).Distinct().Count());
    }

    /// <summary>Concrete serializable types and their subtypes, plus everything the grain interfaces exchange, recursively.</summary>
    private static HashSet<Type> ContractTypes()
    {
        var found = new HashSet<Type>();
        var serializable = ContractAssembly.GetTypes()
            .Where(t => t.IsVisible && t.IsClass && !t.IsAbstract)
            .Where(t => SelfAndBases(t).Any(b => b.IsDefined(typeof(Orleans.GenerateSerializerAttribute), inherit: false)));
        foreach (var type in serializable)
        {
            Collect(type, found);
        }

        var methods = ContractAssembly.GetTypes()
            .Where(t => t.IsInterface && typeof(Orleans.IGrain).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods());
        foreach (var method in methods)
        {
            Collect(method.ReturnType, found);
            foreach (var parameter in method.GetParameters())
            {
                Collect(parameter.ParameterType, found);
            }
        }

        return found;
    }

    private static IEnumerable<Type> SelfAndBases(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            yield return current;
        }
    }

    /// <summary>Unwraps generics (Task, ValueTask, ImmutableArray, ImmutableDictionary, Nullable) and arrays; follows the properties of contract types.</summary>
    private static void Collect(Type type, HashSet<Type> found)
    {
        if (type.HasElementType)
        {
            Collect(type.GetElementType()!, found);
            return;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Collect(argument, found);
            }
        }

        if (type.Assembly != ContractAssembly || !found.Add(type))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Collect(property.PropertyType, found);
        }
    }

    private static IEnumerable<string> DefaultMembers(object value, string path)
    {
        if (value.GetType().Assembly != ContractAssembly || value.GetType().IsEnum)
        {
            return [];
        }

        // A computed member (PeerRound.Turn) is not sent but derived, and may rightly be empty for a sample that fills the rest.
        return value.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null)
            .SelectMany(p => DefaultValues(p.GetValue(value), $"{path}.{p.Name}"));
    }

    private static IEnumerable<string> DefaultValues(object? value, string path)
    {
        if (value is null || value is string { Length: 0 } || (value.GetType().IsValueType && value.Equals(Activator.CreateInstance(value.GetType()))))
        {
            return [path];
        }

        if (value is IEnumerable items and not string)
        {
            var elements = items.Cast<object?>().ToList();
            return elements.Count == 0 ? [path] : elements.SelectMany((element, i) => DefaultValues(element, $"{path}[{i}]"));
        }

        return DefaultMembers(value, path);
    }

    private static void AssertSameException(Exception expected, Exception actual)
    {
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(((DomainException)expected).Code, ((DomainException)actual).Code);
        if (expected is InvalidInputException invalid)
        {
            Assert.Equal(invalid.Field, ((InvalidInputException)actual).Field);
        }

        if (expected is PersonalDataRefusedException refused)
        {
            Assert.Equal(Json(refused.Fields), Json(((PersonalDataRefusedException)actual).Fields));
        }
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType());

    /// <summary>A sample sent as <typeparamref name="T"/>: events as their base type, exceptions as <see cref="Exception"/>, as they travel.</summary>
    private static Sample Of<T>(T value)
        where T : class =>
        new(value.GetType().Name, value, serializer => serializer.Deserialize<T>(serializer.SerializeToArray(value)));

    private sealed record Sample(string Name, object Value, Func<Serializer, object?> RoundTrip);
}
