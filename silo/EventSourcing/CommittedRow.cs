namespace Netwerkbijeenkomst.Silo.EventSourcing;

/// <summary>A row the group commit has just committed, with the position the database gave it.</summary>
internal readonly record struct CommittedRow(long Position, EventRow Row);
