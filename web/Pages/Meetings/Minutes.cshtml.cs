using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Audit;
using Netwerkbijeenkomst.Web.MeetingMinutes;

namespace Netwerkbijeenkomst.Web.Pages.Meetings;

/// <summary>The minutes of a meeting: the coordinator reviews the draft, writes a note per item and approves it; members read it once approved.</summary>
public sealed class MinutesModel(IGrainFactory grains, MinutesReader reader) : PageModel
{
    public MinutesReading Reading { get; private set; } = null!;

    public MinutesReport? Report => Reading.Report;

    /// <summary>The item whose note was posted, with what was typed, when the grain refused it.</summary>
    public Guid? RefusedItem { get; private set; }

    public string? RefusedNote { get; private set; }

    public ImmutableArray<FieldFindings> Refused { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public bool CanEdit => Reading.IsCoordinator && Report is { Approved: false };

    public static string NoteField(Guid itemId) => $"note-{itemId:N}";

    public async Task OnGetAsync(Guid id) => Reading = await reader.ReadAsync(User.ToActor(), id, AccessAction.Read);

    public Task<IActionResult> OnPostNoteAsync(Guid id, Guid itemId, string? note) =>
        RunAsync(id, (m, a) => m.WriteMinutesNoteAsync(a, itemId, note), "De notitie is opgeslagen.", refused =>
        {
            (RefusedItem, RefusedNote) = (itemId, note);
            Refused = refused is PersonalDataRefusedException personal ? personal.Fields : [];
            ModelState.Add(refused, new Dictionary<string, string> { ["note"] = NoteField(itemId) });
        }, $"item-{itemId:N}");

    public Task<IActionResult> OnPostApproveAsync(Guid id, bool confirmed)
    {
        if (!confirmed)
        {
            return RefuseAsync(id, () =>
            {
                ModelState.AddModelError("confirmed", "Vink aan dat u het verslag hebt nagelezen.");
                ModelState.AddModelError(string.Empty, "Het verslag is niet vastgesteld: zie de melding bij de knop.");
            });
        }

        return RunAsync(id, (m, a) => m.ApproveMinutesAsync(a), "Het verslag is vastgesteld en gaat per mail naar de leden.", refused => ModelState.Add(refused), null);
    }

    private async Task<IActionResult> RunAsync(Guid id, Func<IMeetingGrain, Actor, Task> command, string done, Action<DomainException> showRefusal, string? anchor)
    {
        try
        {
            await command(grains.GetGrain<IMeetingGrain>(id), User.ToActor());
        }
        catch (DomainException refused) when (refused is not NotAllowedException and not NotFoundException)
        {
            return await RefuseAsync(id, () => showRefusal(refused));
        }

        Message = done;
        return RedirectToPage(null, null, new { id }, anchor);
    }

    private async Task<IActionResult> RefuseAsync(Guid id, Action showRefusal)
    {
        Reading = await reader.ReadAsync(User.ToActor(), id, AccessAction.Read);
        showRefusal();
        return Page();
    }
}
