namespace Netwerkbijeenkomst.Silo.Tests.Grains;

/// <summary>What happened to a journal.</summary>
public abstract record JournalEvent;

public sealed record NoteAdded(string Text) : JournalEvent;

public sealed record TimerTicked : JournalEvent;

public sealed record ReminderTicked(string Name) : JournalEvent;
