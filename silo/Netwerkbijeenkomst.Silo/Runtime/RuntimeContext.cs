namespace Netwerkbijeenkomst.Silo.Runtime;

/// <summary>The activation whose grain is being constructed on this thread.</summary>
internal static class RuntimeContext
{
    [ThreadStatic]
    private static IGrainContext? _current;

    public static IGrainContext? Current => _current;

    public static IDisposable Enter(IGrainContext context)
    {
        var previous = _current;
        _current = context;
        return new Scope(previous);
    }

    private sealed class Scope(IGrainContext? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}
