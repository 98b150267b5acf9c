using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Grains.Tests.Infrastructure;

/// <summary>Counts what a grain stored, so a test can show a command stored nothing or exactly one event.</summary>
public static class StoredEvents
{
    public static long EventCount(this TestDatabase database, string streamId)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = $s", ("$s", streamId));
    }

    public static long EventCount(this TestDatabase database, string streamId, string type)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = $s AND Type = $t", ("$s", streamId), ("$t", type));
    }
}
