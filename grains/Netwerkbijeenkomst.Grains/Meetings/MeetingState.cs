using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Grains.Meetings;

/// <summary>The fold of a meeting's events.</summary>
[GenerateSerializer]
[Alias("MeetingState")]
public sealed partial class MeetingState : IEventFold<MeetingEvent>
{
    [Id(0)]
    public bool Exists { get; private set; }

    [Id(1)]
    public string NetworkId { get; private set; } = "";

    [Id(2)]
    public string Title { get; private set; } = "";

    [Id(3)]
    public DateTimeOffset StartsAt { get; private set; }

    [Id(4)]
    public DateTimeOffset EndsAt { get; private set; }

    [Id(5)]
    public MeetingStatus Status { get; private set; }

    [Id(6)]
    public string? CancelReason { get; private set; }

    [Id(7)]
    public List<AgendaItem> Agenda { get; } = [];

    [Id(8)]
    public List<ActionPoint> CarriedOverActionPoints { get; } = [];

    [Id(9)]
    public List<TrackedEscalation> CarriedOverEscalations { get; } = [];

    [Id(10)]
    public Dictionary<string, Rsvp> Rsvps { get; } = [];

    /// <summary>
    /// Everyone who was present at some moment, in the order they first joined: the attendance. Who is present now is
    /// not state but the grain's memory (MeetingGrain.Presence).
    /// </summary>
    [Id(12)]
    public List<string> Attended { get; } = [];

    [Id(13)]
    public int? CurrentItem { get; private set; }

    [Id(14)]
    public List<Contribution> Contributions { get; } = [];

    [Id(15)]
    public List<string> Hands { get; } = [];

    [Id(16)]
    public string? Floor { get; private set; }

    [Id(17)]
    public List<RecordedAdvice> Advice { get; } = [];

    [Id(18)]
    public List<RecordedActionPoint> ActionPoints { get; } = [];

    [Id(19)]
    public List<RecordedEscalation> Escalations { get; } = [];

    /// <summary>The coordinator's note per agenda item in the minutes.</summary>
    [Id(50)]
    public Dictionary<Guid, string> MinutesNotes { get; } = [];

    [Id(51)]
    public DateTimeOffset? MinutesApprovedAt { get; private set; }

    [Id(52)]
    public string? MinutesApprovedBy { get; private set; }

    /// <summary>The start times the 48-hour reminder went out for: once per start time, also after a restart.</summary>
    [Id(40)]
    public List<DateTimeOffset> RemindedFor { get; } = [];

    /// <summary>When the meeting was first published: from then on its invitees have it in their calendars.</summary>
    [Id(60)]
    public DateTimeOffset? PublishedAt { get; private set; }

    // Ids 20-29 are the meeting series'.
    [Id(20)]
    public string? Place { get; private set; }

    [Id(21)]
    public string? OnlineLink { get; private set; }

    /// <summary>Raised with every change of time, place or announced agenda and with the cancellation: the iCalendar SEQUENCE of the invitation.</summary>
    [Id(22)]
    public int CalendarSequence { get; private set; }

    /// <summary>The reason of the last move, so the same move sent again is recognised as a repeat.</summary>
    [Id(23)]
    public string? LastMoveReason { get; private set; }

    public void Apply(MeetingEvent @event)
    {
        switch (@event)
        {
            case MeetingPlanned e:
                (Exists, NetworkId, Title, StartsAt, EndsAt, Status) = (true, e.NetworkId, e.Title, e.StartsAt, e.EndsAt, MeetingStatus.Concept);
                (Place, OnlineLink) = (e.Place, e.OnlineLink);
                break;
            case MeetingMoved e:
                (StartsAt, EndsAt, LastMoveReason) = (e.StartsAt, e.EndsAt, e.Reason);
                CalendarSequence++;
                break;
            case MeetingPlaceChanged e:
                (Place, OnlineLink) = (e.Place, e.OnlineLink);
                CalendarSequence++;
                break;
            case DraftAgendaAssembled e:
                RemovedItems.UnionWith(Agenda.Select(i => i.Id));
                Replace(Agenda, e.Agenda);
                Replace(CarriedOverActionPoints, e.CarriedOverActionPoints);
                Replace(CarriedOverEscalations, e.CarriedOverEscalations);
                break;
            case AgendaItemAdded e:
                Agenda.Add(e.Item);
                break;
            case AgendaItemRemoved e:
                Agenda.RemoveAll(i => i.Id == e.ItemId);
                RemovedItems.Add(e.ItemId);
                break;
            case AgendaItemMoved e:
                var item = Agenda.Single(i => i.Id == e.ItemId);
                Agenda.Remove(item);
                Agenda.Insert(e.Position, item);
                break;
            case MeetingPublished e:
                Status = MeetingStatus.Published;
                PublishedAt ??= e.At;
                Replace(AnnouncedAgenda, Agenda);
                break;
            case MeetingStarted:
                Status = MeetingStatus.Started;
                CurrentItem = Agenda.Count > 0 ? 0 : null;
                break;
            case MeetingClosed:
                Status = MeetingStatus.Closed;
                Hands.Clear();
                Floor = null;
                break;
            case MeetingCancelled e:
                Status = MeetingStatus.Cancelled;
                CancelReason = e.Reason;
                CalendarSequence++;
                break;
            case RsvpGiven e:
                Rsvps[e.By] = e.Response;
                break;
            case AttendeeJoined e:
                // Older streams hold one per (re)join: attendance counts the person once.
                if (!Attended.Contains(e.By))
                {
                    Attended.Add(e.By);
                }

                break;
            case AttendeeLeft:
                // Only in older streams: presence is no longer state, and a hand and the floor stay with someone who left.
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
            case FloorTakenBack:
                Floor = null;
                break;
            case RoundStarted e:
                Rounds.Add(new PeerRound(e.RoundId, e.ItemId, e.CaseId, e.PresenterId, e.Order, RoundPhase.Question, e.Minutes, e.At, [], [], false, [], null));
                break;
            case RoundPhaseStarted e:
                UpdateRound(e.RoundId, r => r with { Phase = e.Phase, PhaseMinutes = e.Minutes, PhaseSince = e.At });
                break;
            case RoundEntryPosted e:
                UpdateRound(e.RoundId, r => r with { Entries = r.Entries.Add(e.Entry) });
                break;
            case RoundTurnPassed e:
                UpdateRound(e.RoundId, r => r with { Passes = r.Passes.Add(new RoundPass(e.Phase, e.UserId)) });
                break;
            case RoundClosed e:
                UpdateRound(e.RoundId, r => r with { Closed = true, ChosenEntryIds = e.ChosenEntryIds, AdviceId = e.AdviceId });
                break;
            case AdviceRecorded e:
                Advice.Add(new RecordedAdvice(e.AdviceId, e.CaseId, e.Advice, e.NextSteps, e.At));
                break;
            case ActionPointRecorded e:
                ActionPoints.Add(e.ActionPoint);
                break;
            case EscalationRecorded e:
                Escalations.Add(e.Escalation);
                break;
            case MinutesNoteWritten e when e.Note.Length == 0:
                MinutesNotes.Remove(e.ItemId);
                break;
            case MinutesNoteWritten e:
                MinutesNotes[e.ItemId] = e.Note;
                break;
            case MinutesApproved e:
                (MinutesApprovedAt, MinutesApprovedBy) = (e.At, e.By);
                break;
            case AgendaItemEdited e:
                Agenda[Agenda.FindIndex(i => i.Id == e.Item.Id)] = e.Item;
                break;
            case AgendaChangesAnnounced e:
                Replace(AnnouncedAgenda, Agenda);
                Announcements.Add(e.AnnouncementId);

                // The calendar entry's description is the agenda: an announced change updates it.
                CalendarSequence++;
                break;
            case AttendanceReminderDue e:
                RemindedFor.Add(e.StartsAt);
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
