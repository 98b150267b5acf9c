using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Silo.Tests.Journal;

/// <summary>A journal as its activation sees it, and the silo that activation runs on.</summary>
[GenerateSerializer]
[Alias("test.JournalSnapshot")]
[Immutable]
public sealed record JournalSnapshot(ImmutableArray<string> Notes, ImmutableArray<string> Reminders, int Version, string Silo);
