using Netwerkbijeenkomst.Silo.Persistence.EventSourcing;
using Netwerkbijeenkomst.Silo.Runtime;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

public sealed class JournalGrain : EventSourcedGrain<JournalState, JournalEvent>, IJournalGrain, IRemindable
{
    private int _versionAtActivation = -1;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _versionAtActivation = Version;
        return Task.CompletedTask;
    }

    public Task AddAsync(string text)
    {
        RaiseEvent(new NoteAdded(text));
        return Task.CompletedTask;
    }

    public Task AddThenFailAsync(string text)
    {
        RaiseEvent(new NoteAdded(text));
        throw new InvalidOperationException("De beurt mislukt na het vastleggen.");
    }

    public async Task AddTwoAsync(string first, string second)
    {
        RaiseEvent(new NoteAdded(first));
        await ConfirmEvents();
        RaiseEvent(new NoteAdded(second));
    }

    public Task StartTimerAsync(TimeSpan period)
    {
        this.RegisterGrainTimer(
            () =>
            {
                RaiseEvent(new TimerTicked());
                return Task.CompletedTask;
            },
            period,
            period);
        return Task.CompletedTask;
    }

    public Task StartReminderAsync(string name, TimeSpan due, TimeSpan period) => this.RegisterOrUpdateReminder(name, due, period);

    public async Task StopReminderAsync(string name)
    {
        if (await this.GetReminder(name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        RaiseEvent(new ReminderTicked(reminderName));
        return Task.CompletedTask;
    }

    public Task<JournalSnapshot> GetAsync() =>
        Task.FromResult(new JournalSnapshot([.. State.Notes], Version, State.TimerTicks, [.. State.Reminders], _versionAtActivation));
}
