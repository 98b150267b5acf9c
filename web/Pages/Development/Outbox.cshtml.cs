using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.LocalDevelopment;
using Netwerkbijeenkomst.Web.Mail;

namespace Netwerkbijeenkomst.Web.Pages.Development;

/// <summary>The mails the product "sent" in Development, newest first, for a browser on this machine; absent to anyone else and in every other environment.</summary>
[AllowAnonymous]
public sealed class OutboxModel(IDbContextFactory<AppDbContext> contexts, IWebHostEnvironment environment) : PageModel
{
    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    public ILookup<long, OutboxAttachmentInfo> Attachments { get; private set; } = Array.Empty<OutboxAttachmentInfo>().ToLookup(a => a.MessageId);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!IsForThisRequest())
        {
            return NotFound();
        }

        await using var db = await contexts.CreateDbContextAsync();
        Messages = await db.Outbox.OrderByDescending(m => m.Id).Take(50).ToListAsync();
        var ids = Messages.Select(m => m.Id).ToList();
        Attachments = (await db.OutboxAttachments.Where(a => ids.Contains(a.MessageId))
                .Select(a => new OutboxAttachmentInfo(a.Id, a.MessageId, a.FileName, a.Content.Length))
                .ToListAsync())
            .ToLookup(a => a.MessageId);
        return Page();
    }

    /// <summary>One attachment as its file, e.g. an invitation's .ics to open in a calendar program.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(long id)
    {
        if (!IsForThisRequest())
        {
            return NotFound();
        }

        await using var db = await contexts.CreateDbContextAsync();
        return await db.OutboxAttachments.FindAsync(id) is { } attachment
            ? File(attachment.Content, attachment.ContentType, attachment.FileName)
            : NotFound();
    }

    // The mails hold working invitation and reset links: the same 404 as an unknown page to anyone not on this machine.
    private bool IsForThisRequest() => environment.IsDevelopment() && LocalRequests.IsFromThisMachine(HttpContext);
}
