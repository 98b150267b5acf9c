using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Grains.Tests.Infrastructure;

/// <summary>Asserts that a command repeated with the ids of an earlier call succeeds and stores nothing on any stream it reaches.</summary>
public static class Repeats
{
    public static async Task AssertIgnoredAsync(this TestDatabase database, string[] streamIds, Func<Task> repeat)
    {
        ArgumentNullException.ThrowIfNull(repeat);
        await database.AssertIgnoredAsync(streamIds, async () =>
        {
            await repeat();
            return true;
        });
    }

    public static async Task<T> AssertIgnoredAsync<T>(this TestDatabase database, string[] streamIds, Func<Task<T>> repeat)
    {
        ArgumentNullException.ThrowIfNull(streamIds);
        ArgumentNullException.ThrowIfNull(repeat);
        var before = Counts(database, streamIds);

        var result = await repeat();

        Assert.Equal(before, Counts(database, streamIds));
        return result;
    }

    private static (string Stream, long Events)[] Counts(TestDatabase database, string[] streamIds) =>
        [.. streamIds.Select(stream => (stream, database.EventCount(stream)))];
}
