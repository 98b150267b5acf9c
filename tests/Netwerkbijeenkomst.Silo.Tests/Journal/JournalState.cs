using Netwerkbijeenkomst.Grains.EventSourcing;

namespace Netwerkbijeenkomst.Silo.Tests.Journal;

/// <summary>The fold of a journal's events.</summary>
[GenerateSerializer]
[Alias("test.JournalState")]
public sealed class JournalState : IEventFold<JournalEvent>
{
    [Id(0)]
    public List<string> Notes { get; } = [];

    [Id(1)]
    public List<string> Reminders { get; } = [];

    public void Apply(JournalEvent @event)
    {
        switch (@event)
        {
            case NoteAdded e:
                Notes.Add(e.Text);
                break;
            case ReminderTicked e:
                Reminders.Add(e.Name);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unknown journal event.");
        }
    }
}
