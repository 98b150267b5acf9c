namespace Netwerkbijeenkomst.CrashTest;

/// <summary>How hard the crash test pushes: how many kills, how many members post, how long the server lives between kills.</summary>
public sealed record CrashSettings
{
    /// <summary>The coordinator and the first demo members of Utrecht, in the order they join (the first chairs).</summary>
    public static readonly IReadOnlyList<string> DemoMembers =
        ["coordinator@demo.nl", "ayse@demo.nl", "mohamed@demo.nl", "rinia@demo.nl", "wen@demo.nl", "jerome@demo.nl", "maria@demo.nl"];

    /// <summary>How often the server is killed while members post.</summary>
    public int Kills { get; init; } = 20;

    /// <summary>How many people post at once, each waiting for the answer to a post before sending the next.</summary>
    public int Members { get; init; } = 6;

    /// <summary>Posting runs at least this long after the members are back before the kill.</summary>
    public TimeSpan ShortestUptime { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>Posting runs at most this long after the members are back before the kill.</summary>
    public TimeSpan LongestUptime { get; init; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>The database the server stores in: a fresh SQLite file, or a fresh PostgreSQL server of the test's own.</summary>
    public CrashStore Store { get; init; } = CrashStore.Sqlite;

    /// <summary>Chooses the moments of the kills; printed, so a failing run can be repeated.</summary>
    public int Seed { get; init; } = Random.Shared.Next();

    /// <summary>Where the database and the server's logs go; a fresh folder under the temp folder when not set.</summary>
    public string? Folder { get; init; }

    public void Validate()
    {
        if (Kills < 1 || Members < 1 || Members > DemoMembers.Count || ShortestUptime <= TimeSpan.Zero || LongestUptime < ShortestUptime)
        {
            throw new ArgumentException($"Kills must be at least 1, members 1 to {DemoMembers.Count}, and the uptime a positive range.");
        }
    }
}
