namespace Netwerkbijeenkomst.CrashTest;

/// <summary>The database the server runs on, read directly by the test to see what was really stored.</summary>
internal interface ICrashDatabase : IAsyncDisposable
{
    /// <summary>"SQLite" or "PostgreSQL", for the report.</summary>
    string Name { get; }

    /// <summary>What the report calls the integrity check: SQLite's <c>integrity_check</c>, PostgreSQL's <c>amcheck</c>.</summary>
    string CheckName { get; }

    /// <summary>The settings that point the web server at this database (<c>Database__Provider</c>, the connection string).</summary>
    IReadOnlyDictionary<string, string> ServerEnvironment { get; }

    /// <summary>The demo's upcoming meeting of Utrecht.</summary>
    Task<Guid> DemoMeetingAsync();

    /// <summary>The id of every contribution stored in the meeting's stream, in stream order, repeats included.</summary>
    Task<List<Guid>> ContributionIdsAsync(Guid meetingId);

    /// <summary>"ok", or what is wrong.</summary>
    Task<string> IntegrityCheckAsync();
}
