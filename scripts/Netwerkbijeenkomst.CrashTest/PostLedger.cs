using System.Globalization;

namespace Netwerkbijeenkomst.CrashTest;

/// <summary>
/// Every post the members made, with its text, and which of them the server acknowledged; an unacknowledged post is
/// its member's next send, with the same id and text, before anything new.
/// </summary>
internal sealed class PostLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Guid>> _pending = [];
    private readonly Dictionary<Guid, string> _texts = [];
    private readonly HashSet<Guid> _acknowledged = [];
    private readonly Dictionary<string, Guid> _lastAcknowledged = [];
    private int _sends;

    public int Sends => _sends;

    public int Resends { get; private set; }

    public int Refusals { get; private set; }

    /// <summary>The member's oldest unacknowledged post, sent again; or a new one.</summary>
    public (Guid Id, string Text) Next(string member)
    {
        Interlocked.Increment(ref _sends);
        lock (_gate)
        {
            var pending = Pending(member);
            if (pending.Count > 0)
            {
                Resends++;
                return (pending[0], _texts[pending[0]]);
            }

            var id = Guid.NewGuid();
            var text = string.Create(CultureInfo.InvariantCulture, $"Bijdrage {_texts.Count + 1}: heeft iemand een idee hoe we dit aanpakken?");
            _texts[id] = text;
            pending.Add(id);
            return (id, text);
        }
    }

    public void Acknowledged(string member, Guid id)
    {
        lock (_gate)
        {
            Pending(member).Remove(id);
            _acknowledged.Add(id);
            _lastAcknowledged[member] = id;
        }
    }

    /// <summary>
    /// Treats each member's last acknowledged post as if its answer was lost in the crash: it goes back to the front of
    /// the member's sends. Stored for certain, so its re-send must be ignored. Returns how many.
    /// </summary>
    public int ForgetLastAnswers()
    {
        lock (_gate)
        {
            foreach (var (member, id) in _lastAcknowledged)
            {
                Pending(member).Insert(0, id);
            }

            var forgotten = _lastAcknowledged.Count;
            _lastAcknowledged.Clear();
            return forgotten;
        }
    }

    public void Refused()
    {
        lock (_gate)
        {
            Refusals++;
        }
    }

    public IReadOnlyList<Guid> PendingOf(string member)
    {
        lock (_gate)
        {
            return [.. Pending(member)];
        }
    }

    public IReadOnlyList<Guid> AllPending()
    {
        lock (_gate)
        {
            return [.. _pending.Values.SelectMany(p => p)];
        }
    }

    public IReadOnlySet<Guid> Posted()
    {
        lock (_gate)
        {
            return _texts.Keys.ToHashSet();
        }
    }

    public IReadOnlySet<Guid> AcknowledgedIds()
    {
        lock (_gate)
        {
            return _acknowledged.ToHashSet();
        }
    }

    // Under the lock.
    private List<Guid> Pending(string member)
    {
        if (!_pending.TryGetValue(member, out var pending))
        {
            pending = [];
            _pending[member] = pending;
        }

        return pending;
    }
}
