namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>
/// How long a web node's word that someone is in the room holds: a node renews it for its connections well within the
/// lease, so the people of a node that dies drop out of the room's presence within a lease and one renewal of another node.
/// </summary>
public static class PresenceLease
{
    /// <summary>
    /// The key of the clock leases are measured on, when one is registered; else the grains' clock. Tests that move the
    /// grains' clock by hours register real time here, so a jump in meeting time does not look like a dead web node.
    /// </summary>
    public const string ClockKey = "presence";

    /// <summary>How long a renewal keeps someone present.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(90);

    /// <summary>How often a web node renews; three renewals fit in a lease, so one lost call loses no one.</summary>
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);
}
