using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Silo.Runtime;
using Netwerkbijeenkomst.Silo.Server.Activations;
using Netwerkbijeenkomst.Silo.Server.Configuration;
using Netwerkbijeenkomst.Silo.Timers;

namespace Netwerkbijeenkomst.Silo.Server.Reminders;

/// <summary>
/// Keeps every reminder of the reminder table scheduled and delivers each tick as a grain call, activating the
/// grain if needed. A tick missed while no silo ran is delivered at the next period boundary after start.
/// </summary>
internal sealed class ReminderService(
    IReminderTable table,
    Catalog catalog,
    GrainTypeRegistry types,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ReminderService> logger) : IReminderRegistry, IHostedService, IDisposable
{
    private readonly object _lock = new();
    private readonly Dictionary<(GrainId, string), ITimer> _scheduled = [];
    private bool _running;
    private HashSet<(GrainId, string)>? _changedWhileLoading;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Running before the read, so a reminder registered meanwhile is scheduled; the read may be older than that change.
        lock (_lock)
        {
            _running = true;
            _changedWhileLoading = [];
        }

        var rows = await table.ReadRows(cancellationToken);
        lock (_lock)
        {
            foreach (var row in rows.Where(r => !_changedWhileLoading.Contains((r.GrainId, r.ReminderName))))
            {
                ScheduleLocked(row, time.GetUtcNow());
            }

            _changedWhileLoading = null;
        }

        logger.RemindersLoaded(rows.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _running = false;
            foreach (var timer in _scheduled.Values)
            {
                timer.Dispose();
            }

            _scheduled.Clear();
        }
    }

    public async Task<IGrainReminder> RegisterOrUpdateReminder(GrainId callingGrainId, string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reminderName);
        ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(period, options.Value.MinimumReminderPeriod);
        if (!typeof(IRemindable).IsAssignableFrom(types.ForGrainType(callingGrainId.Type).ClassType))
        {
            throw new InvalidOperationException($"Grain type '{callingGrainId.Type}' does not implement IRemindable.");
        }

        var now = time.GetUtcNow();
        var entry = new ReminderEntry(callingGrainId, reminderName, now + dueTime, period);
        await table.UpsertRow(entry);
        lock (_lock)
        {
            _changedWhileLoading?.Add((callingGrainId, reminderName));
            ScheduleLocked(entry, now);
        }

        return new GrainReminder(reminderName);
    }

    public async Task UnregisterReminder(GrainId callingGrainId, IGrainReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        await table.RemoveRow(callingGrainId, reminder.ReminderName);
        lock (_lock)
        {
            _changedWhileLoading?.Add((callingGrainId, reminder.ReminderName));
            if (_scheduled.Remove((callingGrainId, reminder.ReminderName), out var timer))
            {
                timer.Dispose();
            }
        }
    }

    public async Task<IGrainReminder?> GetReminder(GrainId callingGrainId, string reminderName)
    {
        var rows = await table.ReadRows(callingGrainId);
        return rows.Any(r => r.ReminderName == reminderName) ? new GrainReminder(reminderName) : null;
    }

    public async Task<IReadOnlyList<IGrainReminder>> GetReminders(GrainId callingGrainId) =>
        [.. (await table.ReadRows(callingGrainId)).Select(r => new GrainReminder(r.ReminderName))];

    /// <summary>The first tick at or after <paramref name="now"/>: the start, or a whole number of periods after it.</summary>
    internal static DateTimeOffset NextTick(ReminderEntry entry, DateTimeOffset now)
    {
        if (entry.StartAt >= now)
        {
            return entry.StartAt;
        }

        var periods = (long)Math.Ceiling((now - entry.StartAt) / entry.Period);
        return entry.StartAt + (entry.Period * periods);
    }

    /// <summary>(Re)schedules the entry's first tick after <paramref name="after"/>.</summary>
    private void ScheduleLocked(ReminderEntry entry, DateTimeOffset after)
    {
        if (!_running)
        {
            return;
        }

        var key = (entry.GrainId, entry.ReminderName);
        if (_scheduled.Remove(key, out var existing))
        {
            existing.Dispose();
        }

        var due = NextTick(entry, after);
        var tick = new ScheduledTick(this, entry, due);
        var timer = time.CreateTimer(static t => ((ScheduledTick)t!).Fire(), tick, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        tick.Timer = timer;
        _scheduled[key] = timer;

        // Armed last: a clock may fire a due timer at once, on this thread.
        var delay = due - time.GetUtcNow();
        timer.Change(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, Timeout.InfiniteTimeSpan);
    }

    private void Deliver(ScheduledTick tick)
    {
        lock (_lock)
        {
            // A reminder that was re-registered or removed since has another timer, or none.
            if (!_running || !_scheduled.TryGetValue((tick.Entry.GrainId, tick.Entry.ReminderName), out var current) || current != tick.Timer)
            {
                return;
            }

            // Ticks missed while the clock jumped collapse into one.
            var now = time.GetUtcNow();
            ScheduleLocked(tick.Entry, tick.Due >= now ? tick.Due + TimeSpan.FromTicks(1) : now);
        }

        var entry = tick.Entry;
        var status = new TickStatus(entry.StartAt.UtcDateTime, entry.Period, time.GetUtcNow().UtcDateTime);
        var request = new Request($"reminder '{entry.ReminderName}'", async grain =>
        {
            await ((IRemindable)grain).ReceiveReminder(entry.ReminderName, status);
            return null;
        });
        catalog.Dispatch(entry.GrainId, request);
        _ = request.Completion.Task.ContinueWith(
            done => logger.ReminderTickFailed(done.Exception!.InnerException ?? done.Exception, entry.GrainId, entry.ReminderName),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
    }

    private sealed class ScheduledTick(ReminderService service, ReminderEntry entry, DateTimeOffset due)
    {
        public ReminderEntry Entry { get; } = entry;

        public DateTimeOffset Due { get; } = due;

        public ITimer? Timer { get; set; }

        public void Fire() => service.Deliver(this);
    }
}
