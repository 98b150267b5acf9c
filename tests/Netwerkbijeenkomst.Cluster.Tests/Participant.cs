using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Netwerkbijeenkomst.Cluster.Tests;

/// <summary>
/// One person in the live room through the real .NET SignalR client, doing what the browser does: join, apply each
/// pushed event once and in order, fill a gap by joining again after the last number seen, and retry a post with the
/// same id until the server acknowledges it.
/// </summary>
public sealed class Participant : IAsyncDisposable
{
    private readonly SortedDictionary<int, PushedEvent> _events = [];
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
        _connection.On<PushedEvent>("MeetingEvent", OnPushedAsync);
        _connection.Reconnected += _ => CatchUpAsync();
    }

    public WebSession Session { get; }

    /// <summary>The highest sequence number up to which this participant has every event.</summary>
    public int Contiguous { get; private set; }

    public static async Task<Participant> JoinAsync(WebSession session, Guid meetingId)
    {
        var participant = new Participant(session, meetingId);
        await participant._connection.StartAsync();
        await participant.CatchUpAsync();
        return participant;
    }

    /// <summary>Every event this participant holds, in sequence order, up to <see cref="Contiguous"/>.</summary>
    public IReadOnlyList<PushedEvent> Events()
    {
        lock (_events)
        {
            return [.. _events.Values.Where(e => e.Sequence <= Contiguous)];
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
        lock (_events)
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

    private async Task OnPushedAsync(PushedEvent pushed)
    {
        bool gap;
        lock (_events)
        {
            _events.TryAdd(pushed.Sequence, pushed);
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
            var joined = await _connection.InvokeAsync<JoinedEvents>("Join", _meetingId, Contiguous);
            lock (_events)
            {
                foreach (var missed in joined.Events)
                {
                    _events.TryAdd(missed.Sequence, missed);
                }

                Advance();
            }
        }
        finally
        {
            _catchingUp.Release();
        }
    }

    // Under the lock: moves Contiguous over every event now present and releases whoever waited for it.
    private int Advance()
    {
        while (_events.ContainsKey(Contiguous + 1))
        {
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
