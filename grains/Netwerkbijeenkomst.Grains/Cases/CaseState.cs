using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Common;

namespace Netwerkbijeenkomst.Grains.Cases;

/// <summary>The fold of a case's events.</summary>
[GenerateSerializer]
[Alias("CaseState")]
public sealed class CaseState : IEventFold<CaseEvent>
{
    [Id(0)]
    public bool Exists { get; private set; }

    [Id(1)]
    public string NetworkId { get; private set; } = "";

    [Id(2)]
    public string Label { get; private set; } = "";

    [Id(3)]
    public string BringerId { get; private set; } = "";

    [Id(4)]
    public CaseDetails? Details { get; private set; }

    [Id(5)]
    public CaseStatus Status { get; private set; }

    [Id(6)]
    public Guid? MeetingId { get; private set; }

    [Id(7)]
    public List<CaseAdvice> Advice { get; } = [];

    [Id(8)]
    public List<FollowUpNote> Notes { get; } = [];

    [Id(9)]
    public List<Escalation> Escalations { get; } = [];

    [Id(10)]
    public CaseOutcome? Outcome { get; private set; }

    [Id(11)]
    public string? OutcomeNote { get; private set; }

    [Id(12)]
    public DateTimeOffset? ClosedAt { get; private set; }

    [Id(13)]
    public bool TextsErased { get; private set; }

    /// <summary>Every meeting that had this case on its agenda: retention erases what was said about it in each.</summary>
    [Id(14)]
    public HashSet<Guid> Meetings { get; } = [];

    /// <summary>The callers' ids of every escalation step and call request taken: a repeat is ignored.</summary>
    [Id(15)]
    public HashSet<Guid> EscalationChanges { get; } = [];

    /// <summary>The Amsterdam date the case was opened: no time can be logged before it.</summary>
    [Id(16)]
    public DateOnly OpenedOn { get; private set; }

    /// <summary>All time logged on the case, by anyone; the case shows only this total, never who spent what.</summary>
    [Id(17)]
    public int QuarterHoursSpent { get; private set; }

    /// <summary>The callers' ids of every time entry: a repeat is ignored.</summary>
    [Id(18)]
    public HashSet<Guid> HourEntries { get; } = [];

    public void Apply(CaseEvent @event)
    {
        switch (@event)
        {
            case CaseOpened e:
                (Exists, NetworkId, Label, BringerId, Details, Status) = (true, e.NetworkId, e.Label, e.By, e.Details, CaseStatus.Concept);
                OpenedOn = AmsterdamTime.Day(e.At);
                break;
            case CaseEdited e:
                Details = e.Details;
                break;
            case CaseSubmitted e:
                (Status, MeetingId) = (CaseStatus.Submitted, e.MeetingId);
                break;
            case CasePlacedOnAgenda e:
                (Status, MeetingId) = (CaseStatus.OnAgenda, e.MeetingId);
                Meetings.Add(e.MeetingId);
                break;
            case CaseAdviceRecorded e:
                Advice.Add(new CaseAdvice(e.AdviceId, e.MeetingId, e.Advice, e.NextSteps, e.By, e.At));
                Status = CaseStatus.Discussed;
                break;
            case FollowUpNoteAdded e:
                Notes.Add(new FollowUpNote(e.Text, e.By, e.At));
                Status = CaseStatus.FollowedUp;
                break;
            case CaseEscalated e:
                Escalations.Add(new Escalation(
                    e.EscalationId, e.InstitutionId, e.ContactPersonId, e.Reason, e.Urgency, EscalationStatus.Reported,
                    [new EscalationChange(EscalationStatus.Reported, null, e.By, e.At)]));
                break;
            case EscalationStatusChanged e:
                Change(e.EscalationId, x => x with
                {
                    Status = e.Status,
                    History = x.History.Add(new EscalationChange(e.Status, e.Note, e.By, e.At)),
                    CallRequestedAt = null,
                });
                if (e.ChangeId is { } changeId)
                {
                    EscalationChanges.Add(changeId);
                }

                break;
            case ContactLinkIssued e:
                Change(e.EscalationId, x => x with { Link = new ContactLink(e.LinkId, e.At, e.ExpiresAt, null) });
                break;
            case ContactLinkRevoked e:
                Change(e.EscalationId, x => x with { Link = x.Link! with { RevokedAt = e.At } });
                break;
            case EscalationCallRequested e:
                Change(e.EscalationId, x => x with { CallRequestedAt = e.At });
                EscalationChanges.Add(e.ChangeId);
                break;
            case CaseClosed e:
                (Status, Outcome, OutcomeNote, ClosedAt) = (CaseStatus.Closed, e.Outcome, e.Note, e.At);
                break;
            case CaseHoursLogged e:
                QuarterHoursSpent += e.QuarterHours;
                HourEntries.Add(e.EntryId);
                break;
            case CaseTextsErased:
                TextsErased = true;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unknown case event.");
        }
    }

    private void Change(Guid escalationId, Func<Escalation, Escalation> change)
    {
        var index = Escalations.FindIndex(x => x.Id == escalationId);
        Escalations[index] = change(Escalations[index]);
    }
}
