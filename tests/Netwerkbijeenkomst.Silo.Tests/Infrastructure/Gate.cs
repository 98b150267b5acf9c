namespace Netwerkbijeenkomst.Silo.Tests.Infrastructure;

/// <summary>Lets a test see that a grain reached a point, and decide when (and how) it goes on.</summary>
public sealed class Gate
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Entered => _entered.Task;

    /// <summary>Called by the grain: signals arrival and waits for the test.</summary>
    public Task PassAsync()
    {
        _entered.TrySetResult();
        return _released.Task;
    }

    public void Release() => _released.TrySetResult();

    public void Fail(Exception exception) => _released.TrySetException(exception);
}
