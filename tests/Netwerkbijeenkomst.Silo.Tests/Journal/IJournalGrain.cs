using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Silo.Tests.Journal;

/// <summary>A small event-sourced grain on our event store: notes, reminders and redaction.</summary>
public interface IJournalGrain : IGrainWithStringKey
{
    /// <summary>Adds a note; a note the journal already holds is refused before anything is committed.</summary>
    Task AddAsync(string text);

    /// <summary>Adds the notes in one commit.</summary>
    Task AddManyAsync(ImmutableArray<string> texts);

    /// <summary>Blanks every stored note with this text.</summary>
    Task EraseAsync(string text);

    Task StartReminderAsync(string name, TimeSpan due, TimeSpan period);

    Task<JournalSnapshot> GetAsync();
}
