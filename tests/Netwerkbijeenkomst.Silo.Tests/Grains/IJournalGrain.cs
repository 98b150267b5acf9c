using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

/// <summary>An event-sourced grain with notes, a timer and reminders.</summary>
public interface IJournalGrain : IGrainWithStringKey
{
    Task AddAsync(string text);

    /// <summary>Raises the events, then fails the turn.</summary>
    Task AddThenFailAsync(string text);

    /// <summary>Confirms the first note, then raises the second and lets the turn end confirm it.</summary>
    Task AddTwoAsync(string first, string second);

    Task StartTimerAsync(TimeSpan period);

    Task StartReminderAsync(string name, TimeSpan due, TimeSpan period);

    Task StopReminderAsync(string name);

    Task<JournalSnapshot> GetAsync();
}

public sealed record JournalSnapshot(
    ImmutableArray<string> Notes, int Version, int TimerTicks, ImmutableArray<string> Reminders, int VersionAtActivation);
