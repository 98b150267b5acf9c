using Netwerkbijeenkomst.Silo.EventLog;

namespace Netwerkbijeenkomst.Silo.Tests.EventLog;

public sealed class EventLogSignalTests
{
    // Long enough that returning before it proves a wake-up, not a poll.
    private static readonly TimeSpan Poll = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Wait_AfterAnAppendTheConsumerHasNotSeen_ReturnsAtOnce()
    {
        var signal = new EventLogSignal();
        var seen = signal.Generation;
        signal.Appended();

        await signal.WaitAsync(seen, Poll, CancellationToken.None).WaitAsync(Guard);
    }

    [Fact]
    public async Task Wait_ReturnsAtTheNextAppend()
    {
        var signal = new EventLogSignal();
        var waiting = signal.WaitAsync(signal.Generation, Poll, CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        signal.Appended();

        await waiting.WaitAsync(Guard);
    }
}
