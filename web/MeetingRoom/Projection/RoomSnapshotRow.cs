namespace Netwerkbijeenkomst.Web.MeetingRoom.Projection;

/// <summary>A running meeting's room as folded after event <see cref="Sequence"/>, in the room contract's JSON: where a cold node starts its fold.</summary>
public sealed class RoomSnapshotRow
{
    public Guid MeetingId { get; set; }

    public int Sequence { get; set; }

    /// <summary>The <see cref="Contract.RoomContract"/> version the JSON was written in; another version is not read.</summary>
    public int Version { get; set; }

    public string State { get; set; } = "";

    public DateTime SavedAtUtc { get; set; }
}
