namespace Netwerkbijeenkomst.Silo.Tests.Journal;

/// <summary>What happened to a test journal.</summary>
[GenerateSerializer]
[Alias("test.JournalEvent")]
public abstract record JournalEvent;

[GenerateSerializer]
[Alias("test.NoteAdded")]
[Immutable]
public sealed record NoteAdded(string Text) : JournalEvent;

[GenerateSerializer]
[Alias("test.ReminderTicked")]
[Immutable]
public sealed record ReminderTicked(string Name) : JournalEvent;
