using Microsoft.AspNetCore.SignalR;
using Netwerkbijeenkomst.Grains.Abstractions;

namespace Netwerkbijeenkomst.Web.Refusals;

/// <summary>
/// SignalR logs every exception of a hub method as an error with its stack, a refusal (<see cref="HubException"/>)
/// included; its dispatcher's log is therefore switched off (<see cref="RefusalsWebExtensions"/>) and this filter logs
/// instead: unexpected failures as errors, refusals not at all (<see cref="GrainRefusalLogging"/> logged them with their
/// code). A refusal that escaped a hub's own guard still reaches the browser as its Dutch message.
/// </summary>
internal sealed partial class HubFailureLogging(ILogger<HubFailureLogging> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(invocationContext);
        }
        catch (HubException)
        {
            throw;
        }
        catch (DomainException refused)
        {
            throw new HubException(refused.Message);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Failed(logger, invocationContext.Hub.GetType().Name, invocationContext.HubMethodName, error);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Hub}.{Method} failed.")]
    private static partial void Failed(ILogger logger, string hub, string method, Exception error);
}
