using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.MeetingRoom;
using Netwerkbijeenkomst.Web.Sessions;

namespace Netwerkbijeenkomst.Web.Escalations;

/// <summary>
/// Live updates of a case page's escalations. Watching asks the case grain first, so only members of its network get
/// them; the connection is registered with the network, so losing the role there closes it as it closes the live room.
/// </summary>
[Authorize]
internal sealed class CaseHub(IGrainFactory grains, HubConnections connections) : Hub<ICaseClient>
{
    public async Task Watch(Guid caseId)
    {
        var actor = Context.User!.ToActor();
        CaseView view;
        try
        {
            view = await grains.GetGrain<ICaseGrain>(caseId).GetAsync(actor);
        }
        catch (DomainException refused)
        {
            throw HubRefusals.ForCase(refused);
        }

        // Registered before the role is asked again, so a deactivation is either seen here or closes this connection.
        connections.Follows(Context.ConnectionId, view.NetworkId);
        if (await grains.GetGrain<INetworkGrain>(view.NetworkId).GetRoleAsync(actor.UserId) == NetworkRole.None)
        {
            connections.Follows(Context.ConnectionId, null);
            Context.Abort();

            // The answer for a case that does not exist: a refusal tells nothing more.
            throw new HubException(HubRefusals.CaseNotFoundMessage);
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, Group(caseId));
    }

    public static string Group(Guid caseId) => $"case:{caseId:N}";
}
