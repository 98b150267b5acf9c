using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.MeetingRoom;

namespace Netwerkbijeenkomst.Web.Escalations;

/// <summary>Live updates of a case page's escalations. Watching asks the case grain first, so only members of its network get them.</summary>
[Authorize]
internal sealed class CaseHub(IGrainFactory grains) : Hub<ICaseClient>
{
    public async Task Watch(Guid caseId)
    {
        try
        {
            await grains.GetGrain<ICaseGrain>(caseId).GetAsync(Context.User!.ToActor());
        }
        catch (DomainException refused)
        {
            throw HubRefusals.ForCase(refused);
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, Group(caseId));
    }

    public static string Group(Guid caseId) => $"case:{caseId:N}";
}
