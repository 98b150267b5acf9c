using Microsoft.AspNetCore.Mvc.Filters;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Listings;

namespace Netwerkbijeenkomst.Web.Pages;

/// <summary>
/// Brings the page lists up to the end of the event log before a page handler runs, so the page after a command lists
/// what the command did, whichever node's grain stored it. Usually nothing is pending and this is one small query.
/// </summary>
internal sealed partial class ListingsCatchUp(ProjectionRunner<ListingsProjection, AppDbContext> listings, ILogger<ListingsCatchUp> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await listings.CatchUpAsync(context.HttpContext.RequestAborted);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A list a moment behind is better than no page; the projection's own loop keeps retrying and logs as well.
            CatchUpFailed(logger, error.GetType().Name);
        }

        await next();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catching up the page lists failed ({Error}); the page shows them as they are.")]
    private static partial void CatchUpFailed(ILogger logger, string error);
}
