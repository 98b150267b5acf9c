using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;

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
                break;
            case CaseSubmissionRegistered e:
                Submissions[e.Submission.CaseId] = e.Submission;
                break;
            case ActionPointAdded e:
                ActionPoints.Add(e.ActionPoint);
                break;
            case ActionPointCompleted e:
                SetStatus(e.ActionPointId, ActionPointStatus.Done);
                break;
            case ActionPointCancelled e:
                SetStatus(e.ActionPointId, ActionPointStatus.Cancelled);
                break;
            case EscalationTracked e:
                Escalations[e.Escalation.EscalationId] = e.Escalation;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unknown network event.");
        }
    }

    public bool IsCoordinator(string userId) => Coordinators.Any(c => c.UserId == userId);

    public NetworkRole RoleOf(string userId) =>
        IsCoordinator(userId) ? NetworkRole.Coordinator
        : Members.TryGetValue(userId, out var member) && member.Status == MemberStatus.Active ? NetworkRole.Member
        : NetworkRole.None;

    public IEnumerable<TrackedEscalation> OpenEscalations =>
        Escalations.Values.Where(e => e.Status is not (EscalationStatus.Closed or EscalationStatus.Declined));

    private void UpdateInstitution(string id, Func<Institution, Institution> change)
    {
        var index = SocialMap.FindIndex(i => i.Id == id);
        SocialMap[index] = change(SocialMap[index]);
    }

    private void SetStatus(Guid id, ActionPointStatus status)
    {
        var index = ActionPoints.FindIndex(a => a.Id == id);
        ActionPoints[index] = ActionPoints[index] with { Status = status };
    }
}
