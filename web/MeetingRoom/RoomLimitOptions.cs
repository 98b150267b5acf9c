using System.ComponentModel.DataAnnotations;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// Room:Limits — how often one member may post, raise or lower a hand, and join, across all their connections on a web node:
/// a token bucket each, with a burst for a quick exchange and a steady rate far above any person's, so only a script meets it.
/// </summary>
public sealed class RoomLimitOptions
{
    public const string Section = "Room:Limits";

    /// <summary>Contributions and round entries at once: a fast typist or a pasted list of remarks stays well below it.</summary>
    [Range(1, 10_000, ErrorMessage = "Room:Limits:PostBurst moet tussen 1 en 10000 liggen.")]
    public int PostBurst { get; set; } = 30;

    /// <summary>Contributions and round entries per minute after the burst: 3 a second, three times issue 16's load of one a second.</summary>
    [Range(1, 100_000, ErrorMessage = "Room:Limits:PostsPerMinute moet tussen 1 en 100000 liggen.")]
    public int PostsPerMinute { get; set; } = 180;

    [Range(1, 10_000, ErrorMessage = "Room:Limits:HandBurst moet tussen 1 en 10000 liggen.")]
    public int HandBurst { get; set; } = 10;

    /// <summary>Raising and lowering one's hand per minute after the burst.</summary>
    [Range(1, 100_000, ErrorMessage = "Room:Limits:HandsPerMinute moet tussen 1 en 100000 liggen.")]
    public int HandsPerMinute { get; set; } = 60;

    /// <summary>Joins at once: every tab, reload and reconnect of one person joins.</summary>
    [Range(1, 10_000, ErrorMessage = "Room:Limits:JoinBurst moet tussen 1 en 10000 liggen.")]
    public int JoinBurst { get; set; } = 20;

    [Range(1, 100_000, ErrorMessage = "Room:Limits:JoinsPerMinute moet tussen 1 en 100000 liggen.")]
    public int JoinsPerMinute { get; set; } = 30;
}
