using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Web.Accounts;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// The live meeting room. Every method asks the meeting grain, as the caller, to do the thing: the grain decides
/// per call who may do what, so being in the SignalR group grants nothing.
/// </summary>
[Authorize]
internal sealed partial class MeetingHub(
    IGrainFactory grains, IEventStore events, RoomPresence presence, RoomConnections connections, ILogger<MeetingHub> logger) : Hub<IMeetingClient>
{
    private const string JoinedMeeting = "meeting";

    /// <summary>Enters the room (and the meeting's attendance once it has started); returns the events after <paramref name="afterSequence"/>.</summary>
    public async Task<JoinResult> Join(Guid meetingId, int afterSequence)
    {
        var meeting = Meeting(meetingId);
        var view = await Guard(() => meeting.GetAsync(Actor));
        if (view.Status == MeetingStatus.Started)
        {
            await Guard(() => meeting.JoinAsync(Actor));
        }

        // Registered before the role is asked again, so a deactivation is either seen here or aborts this connection.
        connections.Joined(Context, Actor.UserId, view.NetworkId);
        if (await grains.GetGrain<INetworkGrain>(view.NetworkId).GetRoleAsync(Actor.UserId) == NetworkRole.None)
        {
            connections.Left(Context.ConnectionId);
            await meeting.LeaveAsync(Actor);
            Context.Abort();
            throw new HubException("Alleen actieve leden van dit netwerk mogen dit doen.");
        }

        // Joined to the group before reading, so no event falls between the read and the live feed; the client drops duplicates.
        await Groups.AddToGroupAsync(Context.ConnectionId, MeetingStreams.Group(meetingId));
        if (!Context.Items.ContainsKey(JoinedMeeting))
        {
            presence.Entered(meetingId, Actor.UserId);
        }

        Context.Items[JoinedMeeting] = meetingId;
        var missed = await events.ReadAsync<MeetingEvent>(MeetingStreams.Stream(meetingId), Math.Max(0, afterSequence));
        return new JoinResult([.. missed.Select(MeetingStreams.Message)]);
    }

    public async Task Leave(Guid meetingId)
    {
        connections.Left(Context.ConnectionId);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, MeetingStreams.Group(meetingId));
        if (Context.Items.Remove(JoinedMeeting) && presence.Left(meetingId, Actor.UserId))
        {
            await Guard(() => Meeting(meetingId).LeaveAsync(Actor));
        }
    }

    /// <summary>
    /// The browser makes <paramref name="contributionId"/> once per text it sends and sends it again on a retry: a repeat is ignored.
    /// <paramref name="caseId"/> is the case the poster picked when the current item has none; null means the item's own case.
    /// </summary>
    public Task<PrivacyRefusal?> PostContribution(Guid meetingId, Guid contributionId, ContributionKind kind, string text, Guid? caseId) =>
        Refusable(() => Meeting(meetingId).PostContributionAsync(Actor, contributionId, kind, text, caseId), ("text", text));

    public Task RaiseHand(Guid meetingId) => Guard(() => Meeting(meetingId).RaiseHandAsync(Actor));

    public Task LowerHand(Guid meetingId) => Guard(() => Meeting(meetingId).LowerHandAsync(Actor));

    public Task GoToItem(Guid meetingId, int index) => Guard(() => Meeting(meetingId).GoToItemAsync(Actor, index));

    public Task GiveFloor(Guid meetingId, string userId) => Guard(() => Meeting(meetingId).GiveFloorAsync(Actor, userId));

    public Task<PrivacyRefusal?> RecordAdvice(Guid meetingId, Guid adviceId, Guid caseId, string advice, string nextSteps) =>
        Refusable(() => Meeting(meetingId).RecordAdviceAsync(Actor, adviceId, caseId, advice, nextSteps), ("advice", advice), ("nextSteps", nextSteps));

    public Task<PrivacyRefusal?> RecordActionPoint(Guid meetingId, Guid actionPointId, string description, string ownerId, DateOnly due, Guid? caseId) =>
        Refusable(() => Meeting(meetingId).RecordActionPointAsync(Actor, actionPointId, description, ownerId, due, caseId), ("description", description));

    public Task<PrivacyRefusal?> RecordEscalation(Guid meetingId, Guid escalationId, Guid caseId, string institutionId, string contactPersonId, string reason, Urgency urgency) =>
        Refusable(() => Meeting(meetingId).RecordEscalationAsync(Actor, escalationId, caseId, institutionId, contactPersonId, reason, urgency), ("reason", reason));

    public Task Close(Guid meetingId) => Guard(() => Meeting(meetingId).CloseAsync(Actor));

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Left(Context.ConnectionId);
        // A dropped phone leaves the attendance once its last connection is gone; it joins again when it reconnects.
        if (Context.Items.TryGetValue(JoinedMeeting, out var joined) && joined is Guid meetingId && presence.Left(meetingId, Actor.UserId))
        {
            try
            {
                await Meeting(meetingId).LeaveAsync(Actor);
            }
            catch (Exception error) when (error is DomainException or TimeoutException)
            {
                LeaveFailed(logger, meetingId, error.GetType().Name);
            }
        }

        await base.OnDisconnectedAsync(exception);
    }

    private Actor Actor => Context.User!.ToActor();

    private IMeetingGrain Meeting(Guid meetingId) => grains.GetGrain<IMeetingGrain>(meetingId);

    // Domain refusals reach the browser as their Dutch message; anything else stays a generic error.
    private static async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (DomainException refused)
        {
            throw new HubException(refused.Message);
        }
    }

    // A text refused for personal data is an answer, not an error: the browser marks the refused words in the text the person keeps.
    private static async Task<PrivacyRefusal?> Refusable(Func<Task> call, params (string Field, string? Text)[] sent)
    {
        try
        {
            await call();
            return null;
        }
        catch (PersonalDataRefusedException refused)
        {
            return PrivacyRefusal.From(refused, sent);
        }
        catch (DomainException refused)
        {
            throw new HubException(refused.Message);
        }
    }

    private static async Task Guard(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (DomainException refused)
        {
            throw new HubException(refused.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leaving meeting {MeetingId} on disconnect failed: {Error}.")]
    private static partial void LeaveFailed(ILogger logger, Guid meetingId, string error);
}
