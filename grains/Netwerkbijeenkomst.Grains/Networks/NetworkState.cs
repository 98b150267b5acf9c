using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Common;

namespace Netwerkbijeenkomst.Grains.Networks;

/// <summary>The fold of a network's events.</summary>
[GenerateSerializer]
[Alias("NetworkState")]
public sealed class NetworkState : IEventFold<NetworkEvent>
{
    [Id(0)]
    public bool Exists { get; private set; }

    [Id(1)]
    public string Name { get; private set; } = "";

    [Id(2)]
    public string Municipality { get; private set; } = "";

    [Id(3)]
    public MeetingRule? Rule { get; private set; }

    [Id(4)]
    public List<Coordinator> Coordinators { get; } = [];

    [Id(5)]
    public Dictionary<string, Member> Members { get; } = [];

    [Id(6)]
    public List<Institution> SocialMap { get; } = [];

    [Id(7)]
    public Dictionary<int, int> LastCaseNumber { get; } = [];

    /// <summary>The label each case got, so asking again for the same case gives the same label.</summary>
    [Id(11)]
    public Dictionary<Guid, string> CaseLabels { get; } = [];

    [Id(8)]
    public Dictionary<Guid, CaseSubmission> Submissions { get; } = [];

    [Id(9)]
    public List<ActionPoint> ActionPoints { get; } = [];

    [Id(10)]
    public Dictionary<Guid, TrackedEscalation> Escalations { get; } = [];

    /// <summary>When each escalation was reported and when it last changed state: the ages on the follow-up list.</summary>
    [Id(12)]
    public Dictionary<Guid, EscalationClock> EscalationClocks { get; } = [];

    /// <summary>The response times the coordinator set; kinds not here have <see cref="Networks.ResponseTimes.Default"/>.</summary>
    [Id(13)]
    public Dictionary<InstitutionKind, int> ResponseTimes { get; } = [];

    // Ids from 40 on are the action-point history's, so other additions to this state cannot collide with them.
    [Id(40)]
    public Dictionary<Guid, List<DueDateMove>> DueDateMoves { get; } = [];

    [Id(41)]
    public Dictionary<Guid, ActionPointClosing> Closings { get; } = [];

    // Ids 60-69 are the meeting calendar's.

    /// <summary>Every meeting the network was told of, by id: when, and how far it got.</summary>
    [Id(60)]
    public Dictionary<Guid, ScheduledMeeting> Calendar { get; } = [];

    /// <summary>Who opened each case (the account that asked for its label): "Mijn casussen".</summary>
    [Id(61)]
    public Dictionary<Guid, string> CaseBringers { get; } = [];

    /// <summary>The cases each cancelled meeting handed on, so a retried cancellation can finish handing them on.</summary>
    [Id(62)]
    public Dictionary<Guid, List<Guid>> HandedOn { get; } = [];

    /// <summary>Per action point, the due date its "bijna" reminder was for: a moved due date is reminded of again.</summary>
    [Id(70)]
    public Dictionary<Guid, DateOnly> DueSoonRemindedFor { get; } = [];

    /// <summary>Per action point, the due date its "verlopen" reminder was for.</summary>
    [Id(71)]
    public Dictionary<Guid, DateOnly> OverdueRemindedFor { get; } = [];

    /// <summary>The last ISO week the coordinators' summary went out for, as year × 100 + week.</summary>
    [Id(72)]
    public int LastSummaryWeek { get; private set; }

    public void Apply(NetworkEvent @event)
    {
        switch (@event)
        {
            case NetworkCreated e:
                Exists = true;
                Name = e.Name;
                Municipality = e.Municipality;
                Coordinators.Add(e.Coordinator);
                break;
            case CoordinatorAdded e:
                Coordinators.Add(e.Coordinator);
                break;
            case CoordinatorRemoved e:
                Coordinators.RemoveAll(c => c.UserId == e.UserId);
                break;
            case MeetingRuleSet e:
                Rule = e.Rule;
                break;
            case MemberInvited e:
                Members[e.UserId] = new Member(e.UserId, e.DisplayName, e.Communities, e.Languages, MemberStatus.Invited);
                break;
            case MemberActivated e:
                Members[e.UserId] = Members[e.UserId] with { Status = MemberStatus.Active };
                break;
            case MemberDeactivated e:
                Members[e.UserId] = Members[e.UserId] with { Status = MemberStatus.Inactive };
                break;
            case MemberForgotten e:
                Members[e.UserId] = Members[e.UserId] with { Status = MemberStatus.Inactive };
                break;
            case InstitutionAdded e:
                SocialMap.Add(new Institution(e.InstitutionId, e.Name, e.Kind, e.Roles, []));
                break;
            case ContactPersonAdded e:
                var index = SocialMap.FindIndex(i => i.Id == e.InstitutionId);
                SocialMap[index] = SocialMap[index] with { Contacts = SocialMap[index].Contacts.Add(e.Contact) };
                break;
            case InstitutionEdited e:
                UpdateInstitution(e.InstitutionId, i => i with
                {
                    Name = e.Details.Name,
                    Kind = e.Details.Kind,
                    Roles = e.Details.Roles,
                    Communities = e.Details.Communities,
                    Languages = e.Details.Languages,
                    Phone = e.Details.Phone,
                    Email = e.Details.Email,
                    Website = e.Details.Website,
                });
                break;
            case InstitutionRetired e:
                UpdateInstitution(e.InstitutionId, i => i with { Retired = true });
                break;
            case ContactPersonEdited e:
                UpdateInstitution(e.InstitutionId, i => i with { Contacts = [.. i.Contacts.Select(c => c.Id == e.Contact.Id ? e.Contact with { Retired = c.Retired } : c)] });
                break;
            case ContactPersonRetired e:
                UpdateInstitution(e.InstitutionId, i => i with { Contacts = [.. i.Contacts.Select(c => c.Id == e.ContactId ? c with { Retired = true } : c)] });
                break;
            case MemberDetailsEdited e:
                Members[e.UserId] = Members[e.UserId] with { Communities = e.Communities, Languages = e.Languages };
                break;
            case CaseLabelAllocated e:
                LastCaseNumber[e.Year] = e.Number;
                CaseLabels[e.CaseId] = $"Casus {e.Year}-{e.Number:000}";
                CaseBringers[e.CaseId] = e.By;
                break;
            case CaseSubmissionRegistered e:
                Submissions[e.Submission.CaseId] = e.Submission with { SubmittedAt = e.Submission.SubmittedAt ?? e.At };
                break;
            case MeetingCalendarUpdated e:
                Calendar[e.Meeting.MeetingId] = e.Meeting;
                break;
            case CaseSubmissionsAssigned e:
                foreach (var caseId in e.CaseIds)
                {
                    Submissions[caseId] = Submissions[caseId] with { MeetingId = e.MeetingId };
                }

                if (e.FromMeetingId is { } from)
                {
                    HandedOn[from] = [.. e.CaseIds];
                }

                break;
            case ActionPointAdded e:
                ActionPoints.Add(e.ActionPoint);
                break;
            case ActionPointCompleted e:
                SetStatus(e.ActionPointId, ActionPointStatus.Done);
                Closings[e.ActionPointId] = new ActionPointClosing(ActionPointOutcome.Done, null, e.By, e.At);
                break;
            case ActionPointCancelled e:
                SetStatus(e.ActionPointId, ActionPointStatus.Cancelled);
                Closings[e.ActionPointId] = new ActionPointClosing(ActionPointOutcome.NoLongerNeeded, null, e.By, e.At);
                break;
            case ActionPointEdited e:
                Change(e.ActionPointId, a => a with { Description = e.Description });
                break;
            case ActionPointReassigned e:
                Change(e.ActionPointId, a => a with { OwnerId = e.OwnerId });
                break;
            case ActionPointDueDateMoved e:
                Change(e.ActionPointId, a => a with { Due = e.To });
                (DueDateMoves.TryGetValue(e.ActionPointId, out var moves) ? moves : DueDateMoves[e.ActionPointId] = []).Add(new DueDateMove(e.From, e.To, e.Reason, e.By, e.At));
                break;
            case ActionPointClosed e:
                SetStatus(e.ActionPointId, StatusAfter(e.Outcome));
                Closings[e.ActionPointId] = new ActionPointClosing(e.Outcome, e.Note, e.By, e.At);
                break;
            case EscalationTracked e:
                var id = e.Escalation.EscalationId;
                EscalationClocks[id] = EscalationClocks.TryGetValue(id, out var clock)
                    ? Escalations[id].Status == e.Escalation.Status ? clock : clock with { LastStepAt = e.At }
                    : new EscalationClock(e.At, e.At);
                Escalations[id] = e.Escalation with { Stalled = false };
                break;
            case ResponseTimeSet e:
                ResponseTimes[e.Kind] = e.WorkingDays;
                break;
            case ActionPointRemindersDue e:
                foreach (var point in e.DueSoon)
                {
                    DueSoonRemindedFor[point.ActionPointId] = point.Due;
                }

                foreach (var point in e.Overdue)
                {
                    OverdueRemindedFor[point.ActionPointId] = point.Due;
                }

                break;
            case WeeklySummaryDue e:
                LastSummaryWeek = (e.Year * 100) + e.Week;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unknown network event.");
        }
    }

    /// <summary>The next meeting that can still take a case: concept or published, starting after <paramref name="now"/>.</summary>
    public ScheduledMeeting? NextTakingCases(DateTimeOffset now, Guid? except = null) =>
        Calendar.Values
            .Where(m => m.MeetingId != except && m.Status is MeetingStatus.Concept or MeetingStatus.Published && m.StartsAt > now)
            .OrderBy(m => m.StartsAt)
            .FirstOrDefault();

    /// <summary>A meeting other than <paramref name="meetingId"/>, not cancelled, on the same Amsterdam date.</summary>
    public ScheduledMeeting? OnSameDay(Guid meetingId, DateTimeOffset startsAt) =>
        Calendar.Values.FirstOrDefault(m => m.MeetingId != meetingId && m.Status != MeetingStatus.Cancelled && AmsterdamTime.Day(m.StartsAt) == AmsterdamTime.Day(startsAt));

    public bool IsCoordinator(string userId) => Coordinators.Any(c => c.UserId == userId);

    public NetworkRole RoleOf(string userId) =>
        IsCoordinator(userId) ? NetworkRole.Coordinator
        : Members.TryGetValue(userId, out var member) && member.Status == MemberStatus.Active ? NetworkRole.Member
        : NetworkRole.None;

    /// <summary>Unsettled escalations, and those that came back to the network until their case is escalated anew or closed.</summary>
    public IEnumerable<TrackedEscalation> OpenEscalations =>
        Escalations.Values.Where(e => !EscalationLifecycle.IsSettled(e.Status) || (e.Status == EscalationStatus.ReturnedToNetwork && !e.Handled));

    private void UpdateInstitution(string id, Func<Institution, Institution> change)
    {
        var index = SocialMap.FindIndex(i => i.Id == id);
        SocialMap[index] = change(SocialMap[index]);
    }

    public int ResponseDays(InstitutionKind kind) => ResponseTimes.TryGetValue(kind, out var days) ? days : Networks.ResponseTimes.Default(kind);

    /// <summary>Not done and no longer needed are kept apart: only "done" counts as done in reports.</summary>
    public static ActionPointStatus StatusAfter(ActionPointOutcome outcome) => outcome switch
    {
        ActionPointOutcome.Done => ActionPointStatus.Done,
        ActionPointOutcome.NotDone => ActionPointStatus.NotDone,
        _ => ActionPointStatus.Cancelled,
    };

    private void SetStatus(Guid id, ActionPointStatus status) => Change(id, a => a with { Status = status });

    private void Change(Guid id, Func<ActionPoint, ActionPoint> change)
    {
        var index = ActionPoints.FindIndex(a => a.Id == id);
        ActionPoints[index] = change(ActionPoints[index]);
    }
}
