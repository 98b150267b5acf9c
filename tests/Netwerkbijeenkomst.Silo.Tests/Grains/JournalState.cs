namespace Netwerkbijeenkomst.Silo.Tests.Grains;

/// <summary>The fold of a journal's events.</summary>
public sealed class JournalState
{
    public List<string> Notes { get; } = [];

    public int TimerTicks { get; private set; }

    public List<string> Reminders { get; } = [];

    public void Apply(JournalEvent @event)
    {
        switch (@event)
        {
            case NoteAdded e:
                Notes.Add(e.Text);
                break;
            case TimerTicked:
                TimerTicks++;
                break;
            case ReminderTicked e:
                Reminders.Add(e.Name);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Unknown journal event.");
        }
    }
}
