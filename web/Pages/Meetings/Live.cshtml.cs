using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Listings;

namespace Netwerkbijeenkomst.Web.Pages.Meetings;

/// <summary>The live meeting room: the page carries the meeting as it stands and the sequence number it stands at, read in one grain turn.</summary>
public sealed class LiveModel(IGrainFactory grains) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string Title { get; private set; } = "";

    public Guid MeetingId { get; private set; }

    public string StateJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = User.ToActor();
        var view = await grains.GetGrain<IMeetingGrain>(id).GetAsync(actor);
        var network = await grains.GetGrain<INetworkGrain>(view.NetworkId).GetAsync(actor);
        var people = network.Names();
        Title = view.Title;
        MeetingId = id;
        var state = new
        {
            meetingId = id,
            userId = actor.UserId,
            isCoordinator = network.Coordinators.Any(c => c.UserId == actor.UserId),
            sequence = view.Version,
            title = view.Title,
            status = view.Status,
            agenda = view.Agenda,
            currentItem = view.CurrentItem,
            present = view.Present,
            hands = view.Hands,
            floor = view.Floor,
            contributions = view.Contributions,
            advice = view.Advice,
            actionPoints = view.ActionPoints,
            escalations = view.Escalations,
            people,
            // Retired ones stay so that history can name them; the room leaves them out of its choice lists.
            institutions = network.SocialMap.Select(i => new { id = i.Id, name = i.Name, retired = i.Retired, contacts = i.Contacts.Select(c => new { id = c.Id, name = c.Name, function = c.Function, retired = c.Retired || i.Retired }) }),
            cases = view.Agenda.Where(i => i.CaseId.HasValue).Select(i => new { id = i.CaseId, label = i.Title }),
            owners = network.Coordinators.Select(c => new { userId = c.UserId, displayName = c.DisplayName })
                .Concat(network.Members.Where(m => m.Status == MemberStatus.Active).Select(m => new { userId = m.UserId, displayName = m.DisplayName })),
        };

        // Safe inside a <script> element: no "<" can close it.
        StateJson = JsonSerializer.Serialize(state, Json).Replace("<", "\\u003c", StringComparison.Ordinal);
        return Page();
    }
}
