namespace Netwerkbijeenkomst.Silo.EventLog;

/// <summary>How far one projection has come through the global event log.</summary>
internal sealed class CheckpointRow
{
    public const int MaxNameLength = 100;

    public required string Name { get; init; }

    public long Position { get; set; }
}
