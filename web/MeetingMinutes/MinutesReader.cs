using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Audit;
using Netwerkbijeenkomst.Web.Refusals;

namespace Netwerkbijeenkomst.Web.MeetingMinutes;

/// <summary>
/// Reads the minutes for the page and the downloads, and writes the access-log line: every reading or download of the
/// minutes, allowed or refused, since they say what was advised about cases.
/// </summary>
public sealed class MinutesReader(IGrainFactory grains, AccessLog accessLog)
{
    /// <summary>The minutes are there once the meeting closed: for the coordinator as a draft, for members once approved.</summary>
    public static bool CanRead(MeetingView meeting, NetworkRole role) =>
        meeting.Status == MeetingStatus.Closed && (meeting.MinutesApprovedAt is not null || role == NetworkRole.Coordinator);

    /// <summary>Loads the meeting and, when <see cref="CanRead"/>, the minutes, logging <paramref name="action"/> on them.</summary>
    public async Task<MinutesReading> ReadAsync(Actor actor, Guid meetingId, string action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        MeetingView meeting;
        try
        {
            meeting = await grains.GetGrain<IMeetingGrain>(meetingId).GetAsync(actor);
        }
        catch (DomainException refused) when (refused is NotAllowedException || Refusal.IsUnseen(refused))
        {
            // A meeting that does not exist is logged as refused too: the same answer and the same work as one the caller may not see.
            await accessLog.RecordAsync(actor.UserId, actor.IsAdministrator ? "beheerder" : "geen", "", AccessLog.Minutes, meetingId.ToString(), action, AccessLog.Refused);
            throw;
        }

        var networkGrain = grains.GetGrain<INetworkGrain>(meeting.NetworkId);
        var network = await networkGrain.GetAsync(actor);
        var role = await networkGrain.GetRoleAsync(actor.UserId);
        if (!CanRead(meeting, role))
        {
            return new MinutesReading(meeting, network, role, null);
        }

        var minutes = await grains.GetGrain<IMeetingGrain>(meetingId).GetMinutesAsync(actor);
        await accessLog.RecordAsync(actor.UserId, AccessRoles.Name(role), meeting.NetworkId, AccessLog.Minutes, meetingId.ToString(), action, AccessLog.Allowed);
        return new MinutesReading(meeting, network, role, MinutesReport.Build(minutes, network));
    }
}
