using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Silo.Runtime;

namespace Netwerkbijeenkomst.Silo.Server;

/// <summary>The runtime's log messages; they name grains and methods, never arguments.</summary>
internal static partial class SiloLog
{
    [LoggerMessage(1, LogLevel.Warning, "Activation of {GrainId} failed; its {QueuedCount} queued request(s) fail with the same error.")]
    public static partial void ActivationFailed(this ILogger logger, Exception exception, GrainId grainId, int queuedCount);

    [LoggerMessage(2, LogLevel.Debug, "Deactivating {GrainId}: {Reason}.")]
    public static partial void Deactivating(this ILogger logger, GrainId grainId, DeactivationReasonCode reason);

    [LoggerMessage(3, LogLevel.Warning, "OnDeactivateAsync of {GrainId} failed.")]
    public static partial void DeactivationFailed(this ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(4, LogLevel.Warning, "Timer tick on {GrainId} failed.")]
    public static partial void TimerTickFailed(this ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(5, LogLevel.Warning, "Reminder '{ReminderName}' on {GrainId} failed.")]
    public static partial void ReminderTickFailed(this ILogger logger, Exception exception, GrainId grainId, string reminderName);

    [LoggerMessage(6, LogLevel.Information, "Reminder service started with {Count} reminder(s).")]
    public static partial void RemindersLoaded(this ILogger logger, int count);

    [LoggerMessage(7, LogLevel.Warning, "{Method} on {GrainId} got no response within {Timeout}.")]
    public static partial void ResponseTimedOut(this ILogger logger, string method, GrainId grainId, TimeSpan timeout);

    [LoggerMessage(8, LogLevel.Warning, "A cancellation callback on the lifetime of {GrainId} failed.")]
    public static partial void LifetimeCallbackFailed(this ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(9, LogLevel.Warning, "Disposing a timer of {GrainId} failed.")]
    public static partial void TimerDisposeFailed(this ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(10, LogLevel.Warning, "Confirming or undoing the events of a turn on {GrainId} failed; the activation deactivates.")]
    public static partial void TurnCompletionFailed(this ILogger logger, Exception exception, GrainId grainId);
}
