namespace Netwerkbijeenkomst.Silo.Storage;

/// <summary>Storage was not at the version the activation expected: another writer got there first. Nothing was stored.</summary>
public sealed class InconsistentStateException : Exception
{
    public InconsistentStateException()
    {
    }

    public InconsistentStateException(string message)
        : base(message)
    {
    }

    public InconsistentStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
