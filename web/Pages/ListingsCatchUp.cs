using Microsoft.AspNetCore.Mvc.Filters;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Listings;

namespace Netwerkbijeenkomst.Web.Pages;

/// <summary>
/// Brings the page lists up to the end of the event log before a page handler runs, so the page after a command lists
/// what the command did, whichever node's grain stored it. Usually nothing is pending and this is two small queries.
/// </summary>
internal sealed class ListingsCatchUp(ProjectionRunner<ListingsProjection, AppDbContext> listings) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await listings.CatchUpAsync(context.HttpContext.RequestAborted);
        await next();
    }
}
