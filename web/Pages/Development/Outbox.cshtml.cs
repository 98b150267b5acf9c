using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Mail;

namespace Netwerkbijeenkomst.Web.Pages.Development;

/// <summary>The mails the product "sent" in Development, newest first; absent in every other environment.</summary>
[AllowAnonymous]
public sealed class OutboxModel(IDbContextFactory<AppDbContext> contexts, IWebHostEnvironment environment) : PageModel
{
    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        await using var db = await contexts.CreateDbContextAsync();
        Messages = await db.Outbox.OrderByDescending(m => m.Id).Take(50).ToListAsync();
        return Page();
    }
}
