using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;

namespace Netwerkbijeenkomst.Grains.Meetings;

/// <summary>
/// Presence as leases: a web node that holds someone's connection renews their presence every
/// <see cref="PresenceLease.RenewEvery"/>, in memory only; a durable reminder, kept while anyone is present through a node,
/// records those whose every lease lapsed as having left. So a web node that dies leaves no ghosts in the attendance,
/// and a connect costs no write beyond the <see cref="AttendeeJoined"/> a first join stores anyway.
/// </summary>
public sealed partial class MeetingGrain
{
    public const string PresenceReminder = "aanwezigheid-herstel";

    /// <summary>Per person, per web node, until when its lease holds.</summary>
    private readonly Dictionary<string, Dictionary<string, DateTimeOffset>> _leases = new(StringComparer.Ordinal);

    /// <summary>The holder of the lease a fresh activation gives everyone present through a node until a node renews it.</summary>
    private const string Unknown = "";

    private bool _repairScheduled;

    private TimeProvider? _leaseClock;

    private DateTimeOffset LeaseNow => (_leaseClock ??= ServiceProvider.GetKeyedService<TimeProvider>(PresenceLease.ClockKey) ?? time).GetUtcNow();

    public Task RenewPresenceAsync(string node, ImmutableArray<string> userIds)
    {
        ArgumentException.ThrowIfNullOrEmpty(node);
        if (!State.Exists || State.Status != MeetingStatus.Started || userIds.IsDefault)
        {
            return Task.CompletedTask;
        }

        var until = LeaseNow + PresenceLease.Duration;
        foreach (var userId in userIds.Where(State.Leased.Contains))
        {
            var leases = LeasesOf(userId);
            leases.Remove(Unknown);
            leases[node] = until;
        }

        return Task.CompletedTask;
    }

    private async Task LeaseAsync(string userId, string node)
    {
        var leases = LeasesOf(userId);
        leases.Remove(Unknown);
        leases[node] = LeaseNow + PresenceLease.Duration;
        if (!_repairScheduled)
        {
            // Once per activation: the reminder outlives a crash of every silo, so ghosts are repaired even if nobody comes back.
            await this.RegisterOrUpdateReminder(PresenceReminder, PresenceLease.Duration, PresenceLease.RepairEvery);
            _repairScheduled = true;
        }
    }

    /// <summary>
    /// Drops <paramref name="node"/>'s lease; true when no other node holds one, so the person has left. The lease a fresh
    /// activation gave does not count: it stands for no node in particular, and a leave from a node is a fact.
    /// </summary>
    private bool Unlease(string userId, string node)
    {
        var leases = LeasesOf(userId);
        leases.Remove(node);
        return !leases.Any(lease => lease.Key != Unknown && lease.Value > LeaseNow);
    }

    private async Task RepairPresenceAsync()
    {
        if (State.Exists && State.Status == MeetingStatus.Started && State.Leased.Count > 0)
        {
            var lapsed = State.Present
                .Where(userId => State.Leased.Contains(userId) && !LeasesOf(userId).Values.Any(until => until > LeaseNow))
                .Select(userId => (MeetingEvent)new AttendeeLeft(userId, Now))
                .ToArray();
            if (lapsed.Length > 0)
            {
                await CommitAsync(lapsed);
            }
        }

        // Nobody left to watch over: the next join through a node schedules it again.
        if (State.Status != MeetingStatus.Started || State.Leased.Count == 0)
        {
            if (await this.GetReminder(PresenceReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            _repairScheduled = false;
        }
    }

    // A fresh activation (after a crash, or the grain moving silo) knows no renewals yet: everyone present through a node
    // gets one lease from now, which the nodes still holding their connections renew and the others let lapse.
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        var until = LeaseNow + PresenceLease.Duration;
        foreach (var userId in State.Leased)
        {
            _leases[userId] = new(StringComparer.Ordinal) { [Unknown] = until };
        }
    }

    private Dictionary<string, DateTimeOffset> LeasesOf(string userId)
    {
        if (!_leases.TryGetValue(userId, out var leases))
        {
            leases = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            _leases[userId] = leases;
        }

        return leases;
    }
}
