using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.MeetingRoom;

namespace Netwerkbijeenkomst.Web.Pages.Meetings;

/// <summary>The live meeting room: the page carries the room as the projection has it (RoomPage), the same value Join returns, plus who looks.</summary>
public sealed class LiveModel(RoomPages pages) : PageModel
{
    public string Title { get; private set; } = "";

    public Guid MeetingId { get; private set; }

    /// <summary>Whether the chair's tools are on the page; the script reads the same from the page's context.</summary>
    public bool IsCoordinator { get; private set; }

    /// <summary>The <c>RoomPage</c> as JSON, safe inside a script element.</summary>
    public string StateJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (meeting, page) = await pages.GetAsync(User.ToActor(), id, HttpContext.RequestAborted);
        Title = meeting.Title;
        MeetingId = id;
        IsCoordinator = page.Context.IsCoordinator;
        StateJson = RoomJson.ForScript(page);
        return Page();
    }
}
