using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>
/// Who is in the meeting's room now, as the meeting grain holds it in memory (nothing of it is stored). Ordered by
/// (<see cref="Epoch"/>, <see cref="Version"/>): the epoch is when the grain's activation began (Unix milliseconds), the
/// version counts the changes within that activation, so a receiver keeps the newest and drops an older one that arrives
/// late, also across a crash that restarts the count.
/// </summary>
[GenerateSerializer]
[Alias("MeetingPresence")]
[Immutable]
public sealed record MeetingPresence(long Epoch, long Version, ImmutableArray<string> Present)
{
    /// <summary>Older than every presence a grain gives: what a receiver holds before it has heard any.</summary>
    public static MeetingPresence None { get; } = new(0, 0, []);

    /// <summary>Whether this came after <paramref name="other"/>.</summary>
    public bool IsNewerThan(MeetingPresence other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Epoch != other.Epoch ? Epoch > other.Epoch : Version > other.Version;
    }
}
