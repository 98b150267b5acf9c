using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Netwerkbijeenkomst.Cluster.Tests;

/// <summary>
/// One person in the live room through the real .NET SignalR client, doing what the browser's sequencer does: take the
/// room from Join, apply each pushed message once and in order (appending a contribution unless its id is there), hold
/// back one that comes after a gap and fill the gap by joining again, and retry a post with the same id until the server
/// acknowledges it.
/// </summary>
public sealed class Participant : IAsyncDisposable
{
    private static readonly string[] Methods =
        ["MeetingChanged", "AgendaChanged", "AttendanceChanged", "ContributionAdded", "AdviceAdded", "ActionPointAdded", "EscalationAdded", "RoundChanged", "SequenceAdvanced"];

    private readonly SortedDictionary<int, PushedMessage> _waiting = [];
    private readonly List<Guid> _contributions = [];
    private readonly List<(int Sequence, TaskCompletionSource Reached)> _waiters = [];
    private readonly SemaphoreSlim _catchingUp = new(1, 1);
    private readonly HubConnection _connection;
    private readonly Guid _meetingId;

    private Participant(WebSession session, Guid meetingId)
    {
        Session = session;
        _meetingId = meetingId;
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(session.Node, "/hubs/meeting"), options => options.Cookies = session.Cookies)
            .WithAutomaticReconnect()
            .Build();
        foreach (var method in Methods)
        {
            _connection.On<PushedMessage>(method, OnPushedAsync);
        }

        _connection.Reconnected += _ => CatchUpAsync();
    }

    public WebSession Session { get; }

    /// <summary>The number of the last event this participant's room has applied.</summary>
    public int Contiguous { get; private set; }

    public static async Task<Participant> JoinAsync(WebSession session, Guid meetingId)
    {
        var participant = new Participant(session, meetingId);
        await participant._connection.StartAsync();
        await participant.CatchUpAsync();
        return participant;
    }

    /// <summary>The ids of the contributions in this participant's room, in the room's order.</summary>
    public IReadOnlyList<Guid> Contributions()
    {
        lock (_waiting)
        {
            return [.. _contributions];
        }
    }

    public Task InvokeAsync(string method, params object?[] arguments) => _connection.InvokeCoreAsync(method, arguments);

    /// <summary>Posts with one id, retrying on every failure until acknowledged or until <paramref name="patience"/> runs out.</summary>
    public async Task<(bool Acknowledged, int Attempts)> PostAsync(Guid contributionId, string text, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _connection.InvokeAsync("PostContribution", _meetingId, contributionId, "Question", text, (Guid?)null);
                return (true, attempt);
            }
            catch (Exception error) when (error is HubException or InvalidOperationException or TaskCanceledException or IOException)
            {
                if (DateTime.UtcNow > deadline)
                {
                    return (false, attempt);
                }

                // A back-off between retries while the cluster notices the dead silo, not a wait for a result.
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }

    /// <summary>Completes when this participant holds every event up to <paramref name="sequence"/>.</summary>
    public Task WaitForAsync(int sequence, TimeSpan timeout)
    {
        lock (_waiting)
        {
            if (Contiguous >= sequence)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((sequence, reached));
            return reached.Task.WaitAsync(timeout);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _catchingUp.Dispose();
    }

    private async Task OnPushedAsync(PushedMessage pushed)
    {
        bool gap;
        lock (_waiting)
        {
            if (pushed.Sequence > Contiguous)
            {
                _waiting.TryAdd(pushed.Sequence, pushed);
            }

            gap = Advance() < pushed.Sequence;
        }

        if (gap)
        {
            await CatchUpAsync();
        }
    }

    private async Task CatchUpAsync()
    {
        await _catchingUp.WaitAsync();
        try
        {
            var joined = await _connection.InvokeAsync<JoinedRoom>("Join", _meetingId);
            lock (_waiting)
            {
                // The room replaces this one unless pushes have taken this one further meanwhile.
                if (joined.State.Sequence > Contiguous)
                {
                    Contiguous = joined.State.Sequence;
                    _contributions.Clear();
                    _contributions.AddRange(joined.State.Contributions.Select(c => c.Id));
                }

                Advance();
            }
        }
        finally
        {
            _catchingUp.Release();
        }
    }

    // Under the lock: drops what the room already has, applies every waiting message that follows on, and releases whoever waited for it.
    private int Advance()
    {
        foreach (var old in _waiting.Keys.Where(s => s <= Contiguous).ToList())
        {
            _waiting.Remove(old);
        }

        while (_waiting.Remove(Contiguous + 1, out var next))
        {
            if (next.Contribution is { } contribution && !_contributions.Contains(contribution.Id))
            {
                _contributions.Add(contribution.Id);
            }

            Contiguous++;
        }

        foreach (var waiter in _waiters.Where(w => w.Sequence <= Contiguous).ToList())
        {
            waiter.Reached.TrySetResult();
            _waiters.Remove(waiter);
        }

        return Contiguous;
    }
}
