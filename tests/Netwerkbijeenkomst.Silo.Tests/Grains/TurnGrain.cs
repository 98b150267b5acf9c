namespace Netwerkbijeenkomst.Silo.Tests.Grains;

public sealed class TurnGrain : Grain, ITurnGrain
{
    private readonly List<int> _numbers = [];
    private int _inside;
    private int _overlaps;

    public async Task RecordAsync(int number)
    {
        if (Interlocked.Increment(ref _inside) != 1)
        {
            Interlocked.Increment(ref _overlaps);
        }

        // The await gives up the thread mid-call: another call may not start until this one returns.
        await Task.Yield();
        _numbers.Add(number);
        Interlocked.Decrement(ref _inside);
    }

    public Task<TurnLog> GetLogAsync() => Task.FromResult(new TurnLog([.. _numbers], _overlaps));
}
