using Netwerkbijeenkomst.Grains.Abstractions;

namespace Netwerkbijeenkomst.Web.Refusals;

/// <summary>
/// Logs every refusal of a grain call the web makes (pages, hubs, background work) once, at Information, with its code:
/// a refusal is an answer, not a failure, so it gets no stack trace and no warning. Calls between grains are left to
/// their caller, which sees the same refusal. The message is not logged: it is for people, and the code says it all.
/// </summary>
internal sealed partial class GrainRefusalLogging(ILogger<GrainRefusalLogging> logger) : IOutgoingGrainCallFilter
{
    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await context.Invoke();
        }
        catch (DomainException refused) when (context.SourceContext is null)
        {
            Refused(logger, context.InterfaceMethod.DeclaringType?.Name ?? context.InterfaceName, context.MethodName, refused.Code);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Grain}.{Method} refused: {Code}.")]
    private static partial void Refused(ILogger logger, string grain, string method, string code);
}
