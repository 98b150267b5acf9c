using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Audit;
using Netwerkbijeenkomst.Web.MeetingMinutes;

namespace Netwerkbijeenkomst.Web.Pages.Meetings;

/// <summary>The minutes as a PDF (verslag.pdf) or Markdown (verslag.md) file, for whoever may read them; every download goes to the access log.</summary>
public sealed class MinutesFileModel(MinutesReader reader) : PageModel
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public async Task<IActionResult> OnGetAsync(Guid id, string format)
    {
        var action = format switch
        {
            "pdf" => AccessAction.ExportPdf,
            "md" => AccessAction.ExportMarkdown,
            _ => null,
        };
        if (action is null)
        {
            return NotFound();
        }

        var reading = await reader.ReadAsync(User.ToActor(), id, action);
        if (reading.Report is not { } report)
        {
            return NotFound();
        }

        // The file says what was advised about cases: no copy in a shared or browser cache.
        Response.Headers.CacheControl = "no-store";
        var date = TimeZoneInfo.ConvertTime(reading.Meeting.StartsAt, Amsterdam).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var name = $"verslag-{date}{(report.Approved ? "" : "-concept")}.{format}";
        return format == "pdf"
            ? File(MinutesPdf.Write(report), MinutesPdf.ContentType, name)
            : File(Encoding.UTF8.GetBytes(MinutesMarkdown.Write(report)), MinutesMarkdown.ContentType, name);
    }
}
