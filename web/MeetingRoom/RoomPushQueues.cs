using System.Collections.Concurrent;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// One ordered queue per meeting, each drained by its own loop, so a meeting whose fold or send is slow holds up only
/// its own pushes. A queue exists while it has work: its loop ends and drops it when it runs empty. At most
/// <see cref="Depth"/> pushes wait per meeting; past that a push is dropped (the browsers see the gap and Join), so a
/// stuck meeting cannot eat the node's memory.
/// </summary>
internal sealed class RoomPushQueues<TPush>(Func<Guid, TPush, CancellationToken, Task> push)
{
    public const int Depth = 512;

    private readonly ConcurrentDictionary<Guid, MeetingQueue> _queues = new();

    /// <summary>Meetings with pushes waiting or running.</summary>
    public int Count => _queues.Count;

    /// <summary>Queues <paramref name="item"/> behind the meeting's earlier pushes; false when the meeting's queue is full and it was dropped.</summary>
    public bool Enqueue(Guid meetingId, TPush item, CancellationToken cancellationToken)
    {
        while (true)
        {
            var queue = _queues.GetOrAdd(meetingId, _ => new MeetingQueue());
            lock (queue)
            {
                // Its loop ran empty and let it go between the lookup and the lock: take a fresh one.
                if (queue.Gone)
                {
                    continue;
                }

                if (queue.Items.Count >= Depth)
                {
                    return false;
                }

                queue.Items.Enqueue(item);
                if (!queue.Running)
                {
                    queue.Running = true;
                    _ = Task.Run(() => DrainAsync(meetingId, queue, cancellationToken), CancellationToken.None);
                }

                return true;
            }
        }
    }

    private async Task DrainAsync(Guid meetingId, MeetingQueue queue, CancellationToken cancellationToken)
    {
        while (true)
        {
            TPush item;
            lock (queue)
            {
                if (queue.Items.Count == 0 || cancellationToken.IsCancellationRequested)
                {
                    queue.Running = false;
                    queue.Gone = true;
                    _queues.TryRemove(new KeyValuePair<Guid, MeetingQueue>(meetingId, queue));
                    return;
                }

                item = queue.Items.Dequeue();
            }

            try
            {
                await push(meetingId, item, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The node stops: the loop ends at the top.
            }
        }
    }

    private sealed class MeetingQueue
    {
        public Queue<TPush> Items { get; } = new();

        public bool Running { get; set; }

        public bool Gone { get; set; }
    }
}
