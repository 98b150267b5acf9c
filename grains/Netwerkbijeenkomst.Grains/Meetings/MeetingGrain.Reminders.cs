using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Grains.Meetings;

/// <summary>
/// The 48-hour reminder: a durable Orleans reminder that a published meeting keeps until its start. Each tick decides
/// from the meeting's own events, so a late, repeated or replayed tick never commits a second reminder for a start time.
/// </summary>
public sealed partial class MeetingGrain : IRemindable
{
    public const string AttendanceReminder = "herinnering-48-uur";

    /// <summary>How long before the start the reminder and the nudge go out.</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromHours(48);

    /// <summary>When a tick fails (storage away), Orleans tries again after this; a tick that succeeds reschedules itself.</summary>
    private static readonly TimeSpan ReminderRetry = TimeSpan.FromHours(1);

    private const string ReminderActor = "systeem";

    /// <summary>
    /// Sets the reminder to fire 48 hours before <paramref name="startsAt"/> (at once when that has passed). Called when the
    /// meeting is published; whatever moves a published meeting calls it again with the new start.
    /// </summary>
    private async Task ScheduleAttendanceReminderAsync(DateTimeOffset startsAt) =>
        await this.RegisterOrUpdateReminder(AttendanceReminder, NotBefore(startsAt - ReminderLead - Now), ReminderRetry);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == LegacyPresenceReminder)
        {
            // Nothing durable about presence is left to repair: the reminder only outlived the code that needed it.
            if (await this.GetReminder(LegacyPresenceReminder) is { } legacy)
            {
                await this.UnregisterReminder(legacy);
            }

            return;
        }

        if (reminderName != AttendanceReminder)
        {
            return;
        }

        // Cancelled, started, closed, or its start has passed: nothing more to remind of.
        if (!State.Exists || State.Status != MeetingStatus.Published || Now >= State.StartsAt)
        {
            if (await this.GetReminder(AttendanceReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            return;
        }

        // Moved to a later start since this was scheduled: wait for the new moment.
        if (Now < State.StartsAt - ReminderLead)
        {
            await ScheduleAttendanceReminderAsync(State.StartsAt);
            return;
        }

        if (!State.RemindedFor.Contains(State.StartsAt))
        {
            var participants = await Network.GetParticipantsAsync();
            var people = participants.Select(p => p.UserId).ToHashSet(StringComparer.Ordinal);
            var attending = State.Rsvps
                .Where(r => r.Value is Rsvp.Yes or Rsvp.Maybe && people.Contains(r.Key))
                .Select(r => r.Key)
                .Order(StringComparer.Ordinal);
            var unanswered = participants
                .Where(p => p.Role == NetworkRole.Member && !State.Rsvps.ContainsKey(p.UserId))
                .Select(p => p.UserId)
                .Order(StringComparer.Ordinal);
            await CommitAsync(new AttendanceReminderDue(State.StartsAt, [.. attending], [.. unanswered], ReminderActor, Now));
        }

        // Kept until the start rather than removed: a move to a later start then finds it, and the tick at the start removes it.
        await this.RegisterOrUpdateReminder(AttendanceReminder, NotBefore(State.StartsAt - Now), ReminderRetry);
    }

    private static TimeSpan NotBefore(TimeSpan dueIn) => dueIn < TimeSpan.Zero ? TimeSpan.Zero : dueIn;
}
