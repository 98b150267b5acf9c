using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;

namespace Netwerkbijeenkomst.Grains.Meetings;

/// <summary>
/// Presence — who is in the room now — lives in this activation's memory only: a connect or disconnect stores nothing
/// (attendance, who took part, is the <see cref="AttendeeJoined"/> a person's first join stores). A web node that holds
/// someone's connection renews their lease every <see cref="PresenceLease.RenewEvery"/> and hands over its
/// <see cref="IMeetingPresenceObserver"/>; every change of presence goes one way to those observers, numbered
/// (<see cref="MeetingPresence"/>), never through the event log. Leases that lapsed are swept on every call that touches
/// presence, above all on the renewals of the nodes still alive, so the people of a dead node leave the room within a
/// lease and one renewal of another node, and where no node renews there is no one to show presence to. A fresh
/// activation (the grain moved, a silo crashed) knows no one present and rebuilds from the next round of renewals; until
/// one lease has passed it lets those who joined before (and did not leave since) act as present, so a crash does not
/// refuse their contributions while their node's renewal is on its way.
/// </summary>
public sealed partial class MeetingGrain
{
    /// <summary>The durable reminder that repaired stored presence before issue 16; one still registered is removed when it fires.</summary>
    public const string LegacyPresenceReminder = "aanwezigheid-herstel";

    /// <summary>The holder of a presence that came without a node (a direct grain call): it holds until Leave.</summary>
    private const string Direct = "";

    /// <summary>Per person present, per web node, until when its lease holds; persons in the order they came in.</summary>
    private readonly Dictionary<string, Dictionary<string, DateTimeOffset>> _leases = new(StringComparer.Ordinal);

    private readonly List<string> _arrivals = [];

    /// <summary>Each node's observer, while the node holds someone's lease.</summary>
    private readonly Dictionary<string, IMeetingPresenceObserver> _observers = new(StringComparer.Ordinal);

    /// <summary>Who left since this activation began: a renewal computed before their leave does not bring them back.</summary>
    private readonly HashSet<string> _leftHere = new(StringComparer.Ordinal);

    private MeetingPresence _presence = MeetingPresence.None;

    private DateTimeOffset _rebuiltBy;

    private TimeProvider? _leaseClock;

    private DateTimeOffset LeaseNow => (_leaseClock ??= ServiceProvider.GetKeyedService<TimeProvider>(PresenceLease.ClockKey) ?? time).GetUtcNow();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        var now = LeaseNow;
        _presence = new MeetingPresence(now.ToUnixTimeMilliseconds(), 0, []);
        _rebuiltBy = now + PresenceLease.Duration;
    }

    public async Task<MeetingPresence> JoinAsync(Actor actor, string? node = null, IMeetingPresenceObserver? observer = null)
    {
        await RequireParticipantAsync(actor);
        RequireStarted();
        return await JoinStartedAsync(actor, node, observer);
    }

    public async Task<RoomEntry> EnterAsync(Actor actor, string? node = null, IMeetingPresenceObserver? observer = null)
    {
        await RequireParticipantAsync(actor);
        var present = State.Status == MeetingStatus.Started ? await JoinStartedAsync(actor, node, observer) : Refresh();
        return new RoomEntry(State.NetworkId, State.Status, present);
    }

    public async Task<RoomEntry> LookInAsync(Actor actor)
    {
        await RequireParticipantAsync(actor);
        return new RoomEntry(State.NetworkId, State.Status, Refresh());
    }

    private async Task<MeetingPresence> JoinStartedAsync(Actor actor, string? node, IMeetingPresenceObserver? observer)
    {
        if (!State.Attended.Contains(actor.UserId))
        {
            await CommitAsync(new AttendeeJoined(actor.UserId, Now));
        }

        _leftHere.Remove(actor.UserId);
        Hold(actor.UserId, node ?? Direct, node is null ? DateTimeOffset.MaxValue : LeaseNow + PresenceLease.Duration);
        Watch(node, observer);
        return Refresh();
    }

    public Task LeaveAsync(Actor actor, string? node = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureExists();
        if (_leases.TryGetValue(actor.UserId, out var leases))
        {
            if (node is null)
            {
                leases.Clear();
            }
            else
            {
                leases.Remove(node);
            }

            if (!leases.Values.Any(until => until > LeaseNow))
            {
                _leftHere.Add(actor.UserId);
            }
        }
        else
        {
            _leftHere.Add(actor.UserId);
        }

        Refresh();
        return Task.CompletedTask;
    }

    public Task RenewPresenceAsync(string node, ImmutableArray<string> userIds, IMeetingPresenceObserver? observer = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(node);
        if (!State.Exists || State.Status != MeetingStatus.Started || userIds.IsDefault)
        {
            return Task.CompletedTask;
        }

        var until = LeaseNow + PresenceLease.Duration;
        foreach (var userId in userIds.Where(u => State.Attended.Contains(u) && !_leftHere.Contains(u)))
        {
            Hold(userId, node, until);
        }

        Watch(node, observer);
        Refresh();
        return Task.CompletedTask;
    }

    /// <summary>Present now, or — within the first lease of a fresh activation — joined before and not left since.</summary>
    private bool IsPresent(string userId) =>
        Refresh().Present.Contains(userId)
        || (LeaseNow < _rebuiltBy && State.Attended.Contains(userId) && !_leftHere.Contains(userId));

    /// <summary>Who is present now, in the order they came in.</summary>
    private ImmutableArray<string> PresentNow => Refresh().Present;

    /// <summary>The meeting closed: nobody is in the room any more.</summary>
    private void EmptyTheRoom()
    {
        _leases.Clear();
        _arrivals.Clear();
        Refresh();
    }

    private void Hold(string userId, string holder, DateTimeOffset until)
    {
        if (!_leases.TryGetValue(userId, out var leases))
        {
            leases = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            _leases[userId] = leases;
            _arrivals.Add(userId);
        }

        leases[holder] = until;
    }

    private void Watch(string? node, IMeetingPresenceObserver? observer)
    {
        if (node is not null && observer is not null)
        {
            _observers[node] = observer;
        }
    }

    /// <summary>Drops lapsed leases; when that or a join or leave changed who is present, numbers the new presence and tells every node.</summary>
    private MeetingPresence Refresh()
    {
        var now = LeaseNow;
        foreach (var userId in _arrivals.ToArray())
        {
            var leases = _leases[userId];
            foreach (var lapsed in leases.Where(lease => lease.Value <= now).Select(lease => lease.Key).ToArray())
            {
                leases.Remove(lapsed);
            }

            if (leases.Count == 0)
            {
                _leases.Remove(userId);
                _arrivals.Remove(userId);
            }
        }

        if (!_arrivals.SequenceEqual(_presence.Present))
        {
            _presence = _presence with { Version = _presence.Version + 1, Present = [.. _arrivals] };
            Tell(_presence);
        }

        // Told first, so a node whose last person just left hears it; then it hears no more until it holds someone again.
        var holding = _leases.Values.SelectMany(leases => leases.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _observers.Keys.Where(node => !holding.Contains(node)).ToArray())
        {
            _observers.Remove(gone);
        }

        return _presence;
    }

    private void Tell(MeetingPresence presence)
    {
        foreach (var observer in _observers.Values)
        {
            // One way: the grain never waits on a node; a node that died just misses it, its people lapse.
            _ = observer.PresenceChanged(Id, presence);
        }
    }
}
