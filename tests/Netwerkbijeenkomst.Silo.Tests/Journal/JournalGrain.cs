using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.EventSourcing;

namespace Netwerkbijeenkomst.Silo.Tests.Journal;

/// <summary>Tells <see cref="ReminderTicks"/> of every tick it stored, so a test can await Orleans' delivery.</summary>
[GrainType("journal")]
public sealed class JournalGrain(ReminderTicks ticks) : EventSourcedGrain<JournalState, JournalEvent>, IJournalGrain, IRemindable
{
    public async Task AddAsync(string text)
    {
        if (State.Notes.Contains(text))
        {
            throw new InvalidStateException("journal.duplicate-note", "Deze notitie staat al in het journaal.");
        }

        await CommitAsync(new NoteAdded(text));
    }

    public Task AddManyAsync(ImmutableArray<string> texts) => CommitAsync([.. texts.Select(text => new NoteAdded(text))]);

    public Task EraseAsync(string text) => RedactHistoryAsync(e => e is NoteAdded note && note.Text == text ? new NoteAdded("") : e);

    public async Task StartReminderAsync(string name, TimeSpan due, TimeSpan period) => await this.RegisterOrUpdateReminder(name, due, period);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        await CommitAsync(new ReminderTicked(reminderName));
        ticks.Ticked(this.GetPrimaryKeyString());
    }

    public Task<JournalSnapshot> GetAsync() => Task.FromResult(new JournalSnapshot([.. State.Notes], [.. State.Reminders], Version, RuntimeIdentity));
}
