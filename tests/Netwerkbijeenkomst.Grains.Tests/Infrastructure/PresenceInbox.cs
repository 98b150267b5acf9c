using Netwerkbijeenkomst.Grains.Abstractions.Meetings;

namespace Netwerkbijeenkomst.Grains.Tests.Infrastructure;

/// <summary>A web node's presence observer as a test holds it: keeps what arrives, and lets a test await a presence it expects.</summary>
public sealed class PresenceInbox : IMeetingPresenceObserver
{
    private readonly Lock _gate = new();
    private readonly List<MeetingPresence> _received = [];
    private readonly List<(Func<MeetingPresence, bool> Match, TaskCompletionSource<MeetingPresence> Done)> _waiting = [];

    public IReadOnlyList<MeetingPresence> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    public Task PresenceChanged(Guid meetingId, MeetingPresence presence)
    {
        lock (_gate)
        {
            _received.Add(presence);
            foreach (var waiter in _waiting.Where(w => w.Match(presence)).ToArray())
            {
                _waiting.Remove(waiter);
                waiter.Done.TrySetResult(presence);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The first presence received (already or later) that matches; fails after 10 s.</summary>
    public Task<MeetingPresence> ReceivedAsync(Func<MeetingPresence, bool> match)
    {
        lock (_gate)
        {
            if (_received.FirstOrDefault(match) is { } already)
            {
                return Task.FromResult(already);
            }

            var done = new TaskCompletionSource<MeetingPresence>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((match, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }
}
