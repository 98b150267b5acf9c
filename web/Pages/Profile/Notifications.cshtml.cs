using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Invitations;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Mail;
using Netwerkbijeenkomst.Web.Notifications;

namespace Netwerkbijeenkomst.Web.Pages.Profile;

/// <summary>Which reminder mails I get, and my private calendar subscription.</summary>
public sealed class NotificationsModel(
    UserManager<AppUser> users, IDbContextFactory<AppDbContext> contexts, CalendarFeeds feeds, IOptions<PublicUrlOptions> publicUrl) : PageModel
{
    public static readonly IReadOnlyList<(NoticeKind Kind, string Label, string Explanation)> Kinds =
    [
        (NoticeKind.MeetingReminder, "Herinnering aan een bijeenkomst", "Twee dagen vooraf, als u ja of misschien hebt geantwoord."),
        (NoticeKind.RsvpNudge, "Vraag om te antwoorden", "Twee dagen vooraf, als u nog niet hebt laten weten of u komt."),
        (NoticeKind.ActionPointReminder, "Actiepunten", "Als een actiepunt van u over drie dagen of eerder klaar moet zijn, en als het te laat is."),
        (NoticeKind.WeeklySummary, "Weekoverzicht (coördinatoren)", "Elke maandag: wat deze week klaar moet zijn, wat te laat is en waar we op instellingen wachten."),
    ];

    /// <summary>The kinds left on; the form posts the ones ticked.</summary>
    [BindProperty]
    public List<NoticeKind> Receive { get; set; } = [];

    public DateTime? FeedSince { get; private set; }

    /// <summary>The new subscription address, shown once right after it is made.</summary>
    [TempData]
    public string? NewFeedUrl { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        var userId = UserId;
        await using var db = await contexts.CreateDbContextAsync();
        var off = await db.NoticeOptOuts.Where(o => o.UserId == userId).Select(o => o.Kind).ToListAsync();
        Receive = [.. Kinds.Select(k => k.Kind).Except(off)];
        FeedSince = await feeds.ActiveSinceAsync(userId);
    }

    public async Task<IActionResult> OnPostMailAsync()
    {
        var userId = UserId;
        var off = Kinds.Select(k => k.Kind).Except(Receive).ToHashSet();
        await using var db = await contexts.CreateDbContextAsync();
        await db.NoticeOptOuts.Where(o => o.UserId == userId).ExecuteDeleteAsync();
        db.NoticeOptOuts.AddRange(off.Select(kind => new NoticeOptOut { UserId = userId, Kind = kind }));
        await db.SaveChangesAsync();
        Message = "Uw keuzes voor mail zijn opgeslagen.";
        return RedirectToPage();
    }

    /// <summary>Ticked to confirm what cannot be undone: an earlier address stops working.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    public async Task<IActionResult> OnPostFeedAsync()
    {
        if (await feeds.ActiveSinceAsync(UserId) is not null && !Confirmed)
        {
            return await RefuseAsync("Vink aan dat u een nieuw adres wilt: het oude werkt daarna niet meer.");
        }

        var token = await feeds.RenewAsync(UserId);
        NewFeedUrl = publicUrl.Value.Link($"{CalendarFeeds.PathPrefix}{token}.ics");
        Message = "Uw agenda-abonnement is gemaakt. Een eerder adres werkt niet meer.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeFeedAsync()
    {
        if (!Confirmed)
        {
            return await RefuseAsync("Vink aan dat u uw agenda-abonnement wilt stopzetten.");
        }

        await feeds.RevokeAsync(UserId);
        Message = "Uw agenda-abonnement is stopgezet: het adres werkt niet meer.";
        return RedirectToPage();
    }

    private async Task<IActionResult> RefuseAsync(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        await OnGetAsync();
        return Page();
    }

    /// <summary>The same address for calendar programs that subscribe through webcal://.</summary>
    public static string Webcal(string url) => "webcal://" + url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];

    private string UserId => users.GetUserId(User) ?? throw new InvalidOperationException("Signed-in page without a user id.");
}
