using System.Collections.Immutable;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;
using Netwerkbijeenkomst.Web.MeetingRoom.Projection;
using Netwerkbijeenkomst.Web.Sessions;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// The live meeting room. Every method asks the meeting grain, as the caller, to do the thing: the grain decides
/// per call who may do what, so being in the SignalR group grants nothing.
/// </summary>
[Authorize]
internal sealed partial class MeetingHub(
    IGrainFactory grains, RoomStates rooms, MeetingNetworks networks, RoomPresence presence, PresenceRelay relay, HubConnections connections, ILogger<MeetingHub> logger) : Hub<IMeetingClient>
{
    private const string JoinedMeeting = "meeting";

    /// <summary>
    /// Enters the room (and, the first time, the meeting's attendance) once it has started; returns the room as it stands,
    /// with who is present as the meeting grain holds it. A reconnect stores nothing. One call to the meeting grain, which
    /// asks the network (and, the first time on this node, one more question to the network).
    /// </summary>
    public Task<JoinResult> Join(Guid meetingId) => EnterAsync(meetingId, present => WholeRoomAsync(meetingId, present));

    /// <summary>
    /// Join for a browser that holds the room up to <paramref name="sequence"/> in contract <paramref name="version"/>:
    /// sends it only the messages after that and who is present when this node still has them, else answers the whole room.
    /// </summary>
    public Task<CatchUpResult> JoinAfter(Guid meetingId, int version, int sequence) =>
        EnterAsync(meetingId, present => CatchUpAsync(meetingId, version, sequence, present));

    private async Task<T> EnterAsync<T>(Guid meetingId, Func<MeetingPresence, Task<T>> enter)
    {
        // One connection is in one meeting: joining another leaves the first, its group and its attendance.
        if (Context.Items.TryGetValue(JoinedMeeting, out var joined) && joined is Guid earlier && earlier != meetingId)
        {
            await Leave(earlier);
        }

        var entry = await EnterCheckedAsync(meetingId, meeting => meeting.EnterAsync(Actor, presence.Node, relay.Reference));
        if (entry is null)
        {
            await Meeting(meetingId).LeaveAsync(Actor, presence.Node);
            throw PutOut();
        }

        var result = await enter(entry.Presence);
        if (!Context.Items.ContainsKey(JoinedMeeting))
        {
            presence.Entered(meetingId, Actor.UserId);
        }

        Context.Items[JoinedMeeting] = meetingId;
        return result;
    }

    /// <summary>
    /// For the meeting's detail page: receives the room's messages (so it sees the meeting start) without entering the
    /// room or its attendance; returns the room as it stands.
    /// </summary>
    public Task<JoinResult> Watch(Guid meetingId) => WatchAsync(meetingId, present => WholeRoomAsync(meetingId, present));

    /// <summary>Watch for a browser that holds the room up to <paramref name="sequence"/>: as <see cref="JoinAfter"/>, without the attendance.</summary>
    public Task<CatchUpResult> WatchAfter(Guid meetingId, int version, int sequence) =>
        WatchAsync(meetingId, present => CatchUpAsync(meetingId, version, sequence, present));

    private async Task<T> WatchAsync<T>(Guid meetingId, Func<MeetingPresence, Task<T>> enter)
    {
        var entry = await EnterCheckedAsync(meetingId, meeting => meeting.LookInAsync(Actor)) ?? throw PutOut();
        return await enter(entry.Presence);
    }

    public async Task Leave(Guid meetingId)
    {
        // In another meeting: leaving this one leaves nothing (not that meeting, nor its registration for being put out).
        if (Context.Items.TryGetValue(JoinedMeeting, out var joined) && joined is Guid current && current != meetingId)
        {
            return;
        }

        connections.Follows(Context.ConnectionId, null);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, MeetingStreams.Group(meetingId));
        if (Context.Items.Remove(JoinedMeeting) && presence.Left(meetingId, Actor.UserId))
        {
            await Guard(() => Meeting(meetingId).LeaveAsync(Actor, presence.Node));
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

    public Task TakeFloorBack(Guid meetingId) => Guard(() => Meeting(meetingId).TakeFloorBackAsync(Actor));

    public Task LowerHandOf(Guid meetingId, string userId) => Guard(() => Meeting(meetingId).LowerHandOfAsync(Actor, userId));

    /// <summary>An empty <paramref name="order"/> means everyone present but the presenter, in the order they came in.</summary>
    public Task StartRound(Guid meetingId, Guid roundId, ImmutableArray<string> order, int? minutes) =>
        Guard(() => Meeting(meetingId).StartRoundAsync(Actor, roundId, order.IsDefault ? [] : order, minutes));

    public Task AdvanceRound(Guid meetingId, Guid roundId, RoundPhase phase, int? minutes) =>
        Guard(() => Meeting(meetingId).AdvanceRoundAsync(Actor, roundId, phase, minutes));

    public Task<PrivacyRefusal?> PostRoundEntry(Guid meetingId, Guid roundId, Guid entryId, string text) =>
        Refusable(() => Meeting(meetingId).PostRoundEntryAsync(Actor, roundId, entryId, text), ("text", text));

    public Task PassRoundTurn(Guid meetingId, Guid roundId, RoundPhase phase, string userId) =>
        Guard(() => Meeting(meetingId).PassRoundTurnAsync(Actor, roundId, phase, userId));

    public Task<PrivacyRefusal?> CloseRound(Guid meetingId, Guid roundId, Guid adviceId, ImmutableArray<Guid> chosenEntryIds, string nextSteps) =>
        Refusable(() => Meeting(meetingId).CloseRoundAsync(Actor, roundId, adviceId, chosenEntryIds.IsDefault ? [] : chosenEntryIds, nextSteps), ("nextSteps", nextSteps));

    public Task<PrivacyRefusal?> RecordAdvice(Guid meetingId, Guid adviceId, Guid caseId, string advice, string nextSteps) =>
        Refusable(() => Meeting(meetingId).RecordAdviceAsync(Actor, adviceId, caseId, advice, nextSteps), ("advice", advice), ("nextSteps", nextSteps));

    public Task<PrivacyRefusal?> RecordActionPoint(Guid meetingId, Guid actionPointId, string description, string ownerId, DateOnly due, Guid? caseId) =>
        Refusable(() => Meeting(meetingId).RecordActionPointAsync(Actor, actionPointId, description, ownerId, due, caseId), ("description", description));

    public Task<PrivacyRefusal?> RecordEscalation(Guid meetingId, Guid escalationId, Guid caseId, string institutionId, string contactPersonId, string reason, Urgency urgency) =>
        Refusable(() => Meeting(meetingId).RecordEscalationAsync(Actor, escalationId, caseId, institutionId, contactPersonId, reason, urgency), ("reason", reason));

    public Task Close(Guid meetingId) => Guard(() => Meeting(meetingId).CloseAsync(Actor));

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        // A dropped phone leaves the attendance once its last connection is gone; it joins again when it reconnects.
        if (Context.Items.TryGetValue(JoinedMeeting, out var joined) && joined is Guid meetingId && presence.Left(meetingId, Actor.UserId))
        {
            try
            {
                await Meeting(meetingId).LeaveAsync(Actor, presence.Node);
            }
            catch (DomainException refused)
            {
                LeaveRefused(logger, meetingId, refused.Code);
            }
            catch (TimeoutException)
            {
                LeaveFailed(logger, meetingId, nameof(TimeoutException));
            }
        }

        await base.OnDisconnectedAsync(exception);
    }

    private Actor Actor => Context.User!.ToActor();

    // The network this connection follows is registered before the role is asked, so a deactivation is either refused by
    // that question or aborts this connection (MembershipWatcher). The meeting grain's own check is that question when this
    // node already knew the meeting's network (it never changes); the first time, the role is asked again once registered.
    // A refused or failed call leaves the connection following what it followed before: a browser already in this room
    // that asks again just as it is put out must still be closed by the watcher. Null: no longer a member.
    private async Task<RoomEntry?> EnterCheckedAsync(Guid meetingId, Func<IMeetingGrain, Task<RoomEntry>> enter)
    {
        var known = networks.Of(meetingId);
        var before = known is null ? null : connections.Follows(Context.ConnectionId, known);
        RoomEntry entry;
        try
        {
            entry = await Guard(() => enter(Meeting(meetingId)));
        }
        catch when (known is not null)
        {
            connections.Follows(Context.ConnectionId, before);
            throw;
        }

        networks.Remember(meetingId, entry.NetworkId);
        return entry.NetworkId == known || await StillMemberAsync(entry.NetworkId) ? entry : null;
    }

    private async Task<bool> StillMemberAsync(string networkId)
    {
        connections.Follows(Context.ConnectionId, networkId);
        if (await grains.GetGrain<INetworkGrain>(networkId).GetRoleAsync(Actor.UserId) != NetworkRole.None)
        {
            return true;
        }

        connections.Follows(Context.ConnectionId, null);
        return false;
    }

    private HubException PutOut()
    {
        Context.Abort();
        return HubRefusals.MeetingNotFound();
    }

    // Joined to the group before the room is read, so no message falls between the read and the live feed; the browser drops those up to the room's sequence,
    // and keeps whichever presence is newer, this one or one pushed meanwhile.
    private async Task<JoinResult> WholeRoomAsync(Guid meetingId, MeetingPresence present)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, MeetingStreams.Group(meetingId));
        var state = await rooms.GetAsync(meetingId, Context.ConnectionAborted);
        return new JoinResult(RoomContract.Version, state with { Present = RoomPresent.From(present) });
    }

    // As above; the missed messages and who is present go to the caller before the answer on the same connection, so they
    // arrive first and in order. A browser of another contract version gets the whole room, whose version makes it reload.
    private async Task<CatchUpResult> CatchUpAsync(Guid meetingId, int version, int sequence, MeetingPresence present)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, MeetingStreams.Group(meetingId));
        var (room, missed) = await rooms.SinceAsync(meetingId, sequence, Context.ConnectionAborted);
        if (version != RoomContract.Version || missed is null)
        {
            return new CatchUpResult(RoomContract.Version, room with { Present = RoomPresent.From(present) });
        }

        foreach (var message in missed)
        {
            await RoomSender.SendAsync(Clients.Caller, message);
        }

        await Clients.Caller.PresenceChanged(new PresenceChanged(RoomPresent.From(present)));
        return new CatchUpResult(RoomContract.Version, null);
    }

    private IMeetingGrain Meeting(Guid meetingId) => grains.GetGrain<IMeetingGrain>(meetingId);

    // Domain refusals reach the browser as their Dutch message, a meeting the caller may not see as one that does not exist; anything else stays a generic error.
    private static async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (DomainException refused)
        {
            throw HubRefusals.ForMeeting(refused);
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
            throw HubRefusals.ForMeeting(refused);
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
            throw HubRefusals.ForMeeting(refused);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leaving meeting {MeetingId} on disconnect failed: {Error}.")]
    private static partial void LeaveFailed(ILogger logger, Guid meetingId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Leaving meeting {MeetingId} on disconnect was refused: {Code}.")]
    private static partial void LeaveRefused(ILogger logger, Guid meetingId, string code);
}
