using System.Collections.Immutable;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Web.Audit;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Escalations;

namespace Netwerkbijeenkomst.Web.Pages.Escalations;

/// <summary>
/// The contact person's page, reached by the secret link in their mail, without an account: they say the escalation
/// is picked up, in care or not possible, or ask to be called. The link is the key; the case grain checks it again.
/// </summary>
[AllowAnonymous]
public sealed class AnswerModel(IGrainFactory grains, IDbContextFactory<AppDbContext> contexts, TimeProvider time, AccessLog accessLog) : PageModel
{
    public const string Role = "contactpersoon";
    public const string UnknownLink = "doorverwijzing";

    private ContactLinkRow? _link;

    public ContactBrief? Brief { get; private set; }

    /// <summary>Why the link does not work (unknown, revoked, expired); null when it does.</summary>
    public string? Gone { get; private set; }

    [BindProperty]
    public EscalationStatus? Status { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public Guid ChangeId { get; set; }

    public ImmutableArray<FieldFindings> Refused { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (!await OpenAsync(token, AccessAction.Read))
        {
            return Page();
        }

        ChangeId = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAnswerAsync(string token)
    {
        if (!await OpenAsync(token, AccessAction.Change))
        {
            return Page();
        }

        if (Status is not { } status || !EscalationLifecycle.ContactPersonSteps.Contains(status))
        {
            ModelState.AddModelError(nameof(Status), "Kies: opgepakt, in zorg of niet mogelijk.");
            return await RefusedAsync();
        }

        return await RunAsync(() => Case.AnswerAsContactPersonAsync(_link!.EscalationId, _link.LinkId, ChangeId, status, Note), token, "Dank u wel. Uw antwoord is doorgegeven aan het netwerk.");
    }

    public async Task<IActionResult> OnPostCallAsync(string token)
    {
        if (!await OpenAsync(token, AccessAction.Change))
        {
            return Page();
        }

        return await RunAsync(() => Case.RequestCallAsContactPersonAsync(_link!.EscalationId, _link.LinkId, ChangeId), token, "De coördinator ziet uw verzoek en belt u terug.");
    }

    private ICaseGrain Case => grains.GetGrain<ICaseGrain>(_link!.CaseId);

    private string ContactUser => Actor.ContactPerson(_link!.ContactPersonId).UserId;

    private async Task<IActionResult> RunAsync(Func<Task> command, string token, string done)
    {
        try
        {
            await command();
        }
        catch (DomainException refused) when (refused is not NotAllowedException)
        {
            ModelState.Add(refused, new Dictionary<string, string> { ["note"] = nameof(Note), ["status"] = nameof(Status) });
            if (refused is PersonalDataRefusedException personal)
            {
                Refused = personal.Fields;
            }

            return await RefusedAsync();
        }

        await accessLog.RecordAsync(ContactUser, Role, Brief!.NetworkId, AccessLog.Case, _link!.CaseId.ToString(), AccessAction.Change, AccessLog.Allowed);
        Message = done;
        return RedirectToPage(new { token });
    }

    private async Task<IActionResult> RefusedAsync()
    {
        await accessLog.RecordAsync(ContactUser, Role, Brief!.NetworkId, AccessLog.Case, _link!.CaseId.ToString(), AccessAction.Change, AccessLog.Refused);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>Finds the link by the hash of its secret and asks the case for the brief; false (and the page says why) when the link does not work.</summary>
    private async Task<bool> OpenAsync(string token, string action)
    {
        var hash = LinkSecrets.Hash(token ?? "");
        await using (var db = await contexts.CreateDbContextAsync())
        {
            _link = await db.ContactLinks.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash);
        }

        if (_link is null)
        {
            await accessLog.RecordAsync("onbekend", Role, "", UnknownLink, "onbekend", action, AccessLog.Refused);
            return Refuse(StatusCodes.Status404NotFound, "Deze link kennen we niet. Controleer of u de hele link uit de mail hebt overgenomen.");
        }

        string? gone = _link.RevokedAtUtc is not null ? "Deze link is ingetrokken of vervangen door een nieuwe."
            : _link.ExpiresAtUtc <= time.GetUtcNow().UtcDateTime ? "Deze link is verlopen: hij was 30 dagen geldig."
            : null;
        if (gone is null)
        {
            try
            {
                Brief = await Case.GetContactBriefAsync(_link.EscalationId, _link.LinkId);
            }
            catch (NotAllowedException refused)
            {
                gone = refused.Message;
            }
        }

        await accessLog.RecordAsync(ContactUser, Role, Brief?.NetworkId ?? "", AccessLog.Case, _link.CaseId.ToString(), action, gone is null ? AccessLog.Allowed : AccessLog.Refused);
        return gone is null || Refuse(StatusCodes.Status410Gone, gone + " Neem contact op met de coördinator van het netwerk als u nog iets wilt doorgeven.");
    }

    private bool Refuse(int status, string why)
    {
        Gone = why;
        Response.StatusCode = status;
        return false;
    }
}
