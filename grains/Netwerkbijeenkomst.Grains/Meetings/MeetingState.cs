using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Grains.Meetings;

/// <summary>The fold of a meeting's events.</summary>
public sealed class MeetingState
{
    public bool Exists { get; private set; }

    public string NetworkId { get; private set; } = "";

    public string Title { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public MeetingStatus Status { get; private set; }

    public string? CancelReason { get; private set; }

    public List<AgendaItem> Agenda { get; } = [];

    public List<ActionPoint> CarriedOverActionPoints { get; } = [];

    public List<TrackedEscalation> CarriedOverEscalations { get; } = [];

    public Dictionary<string, Rsvp> Rsvps { get; } = [];

    public List<string> Present { get; } = [];

    /// <summary>Everyone who was present at some moment, in the order they first joined.</summary>
    public List<string> Attended { get; } = [];

    public int? CurrentItem { get; private set; }

    public List<Contribution> Contributions { get; } = [];

    public List<string> Hands { get; } = [];

    public string? Floor { get; private set; }

    public List<RecordedAdvice> Advice { get; } = [];

    public List<RecordedActionPoint> ActionPoints { get; } = [];

    public List<RecordedEscalation> Escalations { get; } = [];

    public void Apply(MeetingEvent @event)
    {
        switch (@event)
        {
            case MeetingPlanned e:
                (Exists, NetworkId, Title, StartsAt, EndsAt, Status) = (true, e.NetworkId, e.Title, e.StartsAt, e.EndsAt, MeetingStatus.Concept);
                break;
            case DraftAgendaAssembled e:
                Replace(Agenda, e.Agenda);
                Replace(CarriedOverActionPoints, e.CarriedOverActionPoints);
                Replace(CarriedOverEscalations, e.CarriedOverEscalations);
                break;
            case AgendaItemAdded e:
                Agenda.Add(e.Item);
                break;
            case AgendaItemRemoved e:
                Agenda.RemoveAll(i => i.Id == e.ItemId);
                break;
            case AgendaItemMoved e:
                var item = Agenda.Single(i => i.Id == e.ItemId);
                Agenda.Remove(item);
                Agenda.Insert(e.Position, item);
                break;
            case MeetingPublished:
                Status = MeetingStatus.Published;
                break;
            case MeetingStarted:
                Status = MeetingStatus.Started;
                CurrentItem = Agenda.Count > 0 ? 0 : null;
                break;
            case MeetingClosed:
                Status = MeetingStatus.Closed;
                Present.Clear();
                Hands.Clear();
                Floor = null;
                break;
            case MeetingCancelled e:
                Status = MeetingStatus.Cancelled;
                CancelReason = e.Reason;
                break;
            case RsvpGiven e:
                Rsvps[e.By] = e.Response;
                break;
            case AttendeeJoined e:
                Present.Add(e.By);
                if (!Attended.Contains(e.By))
                {
                    Attended.Add(e.By);
                }

                break;
            case AttendeeLeft e:
                Present.Remove(e.By);
                Hands.Remove(e.By);
                Floor = Floor == e.By ? null : Floor;
                break;
            case AgendaItemAdvanced e:
                CurrentItem = e.Index;
                Hands.Clear();
                Floor = null;
                break;
            case ContributionPosted e:
                Contributions.Add(e.Contribution);
                break;
            case HandRaised e:
                Hands.Add(e.By);
                break;
            case HandLowered e:
                Hands.Remove(e.UserId);
                break;
            case FloorGiven e:
                Hands.Remove(e.UserId);
                Floor = e.UserId;
                break;
            case AdviceRecorded e:
                Advice.Add(new RecordedAdvice(e.CaseId, e.Advice, e.NextSteps, e.At));
                break;
            case ActionPointRecorded e:
                ActionPoints.Add(e.ActionPoint);
                break;
            case EscalationRecorded e:
                Escalations.Add(e.Escalation);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unknown meeting event.");
        }
    }

    public AgendaItem? Current => CurrentItem is { } index && index < Agenda.Count ? Agenda[index] : null;

    private static void Replace<T>(List<T> list, IEnumerable<T> items)
    {
        list.Clear();
        list.AddRange(items);
    }
}
