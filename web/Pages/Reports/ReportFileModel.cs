using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Audit;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Reports.Access;
using Netwerkbijeenkomst.Web.Reports.Export;

namespace Netwerkbijeenkomst.Web.Pages.Reports;

/// <summary>
/// A report's downloads, behind the report pages' own access rules and trimmed to the viewer like the page: the quarterly
/// report (kwartaal.pdf?jaar=&amp;kwartaal=), the figures (cijfers.csv), every table in a zip (tabellen.zip) and one
/// table (tabel/{key}.csv), the last three with the page's period. Every download is a line in the access log; a scope
/// the viewer may not see is not found and leaves no line.
/// </summary>
public sealed class ReportFileModel(ReportAccess access, IReportBuilder builder, AccessLog accessLog, TimeProvider time) : PageModel
{
    public const string QuarterlyPdf = "kwartaal.pdf";
    public const string Figures = "cijfers.csv";
    public const string AllTables = "tabellen.zip";

    public async Task<IActionResult> OnGetAsync(string soort, string id, string? bestand, string? key, CancellationToken cancellationToken)
    {
        if (key is null && bestand is not (QuarterlyPdf or Figures or AllTables))
        {
            return NotFound();
        }

        if (ReportScopeRoutes.Kind(soort) is not { } kind)
        {
            return NotFound();
        }

        var visible = await access.VisibleAsync(User, cancellationToken);
        if (visible.FirstOrDefault(g => g.Scope.Kind == kind && string.Equals(g.Scope.Id, id, StringComparison.Ordinal)) is not { } grant)
        {
            return NotFound();
        }

        var input = PeriodRequest.FromQuery(Request.Query);
        // The PDF is always one quarter's report (without one asked for: the last complete quarter); the CSV files take the page's period.
        var asked = bestand != QuarterlyPdf ? input
            : input.Year is null && input.Quarter is null ? new PeriodRequest(null, null, null, null, null, null)
            : input with { Kind = "kwartaal", Month = null, From = null, To = null };
        var choice = asked.Resolve(DutchFormat.Today(time.GetUtcNow()));
        if (choice.Period is not { } period)
        {
            return BadRequest(string.Join(" ", choice.Errors.Values));
        }

        var view = ReportViewFilter.ForViewer(await builder.BuildAsync(grant.Scope, period, cancellationToken), visible);
        var file = key is not null ? Table(view, key) : bestand switch
        {
            QuarterlyPdf => new Download(QuarterlyReportPdf.Render(view, time.GetUtcNow()), QuarterlyReportPdf.ContentType, ReportNames.FileName(view, "pdf"), AccessAction.ExportPdf),
            Figures => new Download(ReportCsv.WriteFigures(view), ReportCsv.ContentType, ReportNames.FileName(view, "csv"), AccessAction.ExportCsv),
            _ => new Download(ReportCsv.WriteAll(view), ReportCsv.ZipContentType, ReportNames.FileName(view, "zip"), AccessAction.ExportCsv),
        };
        if (file is null)
        {
            return NotFound();
        }

        // The file name names scope, period and table: what went out, never a figure.
        await accessLog.RecordAsync(
            User.ToActor().UserId, grant.Role, grant.Scope.Kind == ReportScopeKind.Network ? grant.Scope.Id : "",
            AccessLog.Report, file.Name.Length <= 100 ? file.Name : file.Name[..100], file.Action, AccessLog.Allowed);
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, file.ContentType, file.Name);
    }

    /// <summary>One table of the trimmed view, named after the report with the table's key: "rapportage-2026-k1-gemeente-utrecht-themas.csv".</summary>
    private static Download? Table(ReportView view, string key) =>
        view.Sections.SelectMany(s => s.Tables).FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal)) is { } table
            ? new Download(
                ReportCsv.Write(table, view.Threshold), ReportCsv.ContentType,
                $"{Path.GetFileNameWithoutExtension(ReportNames.FileName(view, "csv"))}-{ReportNames.Slug(table.Key)}.csv", AccessAction.ExportCsv)
            : null;

    private sealed record Download(byte[] Content, string ContentType, string Name, string Action);
}
