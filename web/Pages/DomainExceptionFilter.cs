using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Web.Refusals;

namespace Netwerkbijeenkomst.Web.Pages;

/// <summary>
/// A refusal a page did not handle itself becomes its status code, never an unhandled exception (an error with a stack
/// in the log): what the caller may not see is 404 like what does not exist; a role they lack 403 (to the access-denied
/// page); a wrong input 400; a wrong state 409. <see cref="GrainRefusalLogging"/> has logged it with its code.
/// </summary>
internal sealed class DomainExceptionFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        if (executed.Exception is not DomainException refused)
        {
            return;
        }

        executed.Result = refused switch
        {
            NotFoundException => new NotFoundResult(),
            _ when Refusal.IsUnseen(refused) => new NotFoundResult(),
            NotAllowedException => new ForbidResult(),
            InvalidInputException => new BadRequestResult(),
            _ => new ConflictResult(),
        };
        executed.ExceptionHandled = true;
    }
}
