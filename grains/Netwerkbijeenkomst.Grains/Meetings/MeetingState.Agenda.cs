using Netwerkbijeenkomst.Grains.Abstractions.Meetings;

namespace Netwerkbijeenkomst.Grains.Meetings;

/// <summary>What the agenda builder needs besides the agenda itself.</summary>
public sealed partial class MeetingState
{
    /// <summary>The agenda as the invitees last heard of it: at publication or at the last announcement of changes.</summary>
    [Id(30)]
    public List<AgendaItem> AnnouncedAgenda { get; } = [];

    /// <summary>Ids of items that were on the agenda and are gone, so a retried add or remove does nothing.</summary>
    [Id(31)]
    public HashSet<Guid> RemovedItems { get; } = [];

    /// <summary>Ids of announcements of agenda changes, so a retried announcement does nothing.</summary>
    [Id(32)]
    public HashSet<Guid> Announcements { get; } = [];
}
