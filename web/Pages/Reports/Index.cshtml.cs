using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Reports.Access;

namespace Netwerkbijeenkomst.Web.Pages.Reports;

/// <summary>The way into the reports: every scope the account may see, or straight to the only one.</summary>
public sealed class IndexModel(ReportAccess access) : PageModel
{
    public IReadOnlyList<ReportGrant> Grants { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Grants = await access.VisibleAsync(User, cancellationToken);
        if (Grants.Count == 1)
        {
            return Redirect(ReportScopeRoutes.Path(Grants[0].Scope) + Request.QueryString);
        }

        return Page();
    }

    public IEnumerable<ReportGrant> Of(ReportScopeKind kind) => Grants.Where(g => g.Scope.Kind == kind);
}
