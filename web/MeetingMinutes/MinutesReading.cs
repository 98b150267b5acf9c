using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Web.MeetingMinutes;

/// <summary>A meeting as the minutes page and downloads find it: the meeting, the network, the reader's role, and the minutes if they may read them yet.</summary>
public sealed record MinutesReading(MeetingView Meeting, NetworkView Network, NetworkRole Role, MinutesReport? Report)
{
    public bool IsCoordinator => Role == NetworkRole.Coordinator;
}
