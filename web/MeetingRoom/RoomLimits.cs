using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// Refuses a member's posts, hand raises and joins beyond <see cref="RoomLimitOptions"/> before the grain is asked, with
/// a Dutch message that starts with <see cref="Prefix"/> (the browser recognises it: wait, do not give up). One member
/// posted 856 contributions a second before this, and every first load of that room grew to 9.4 MB.
/// </summary>
internal sealed partial class RoomLimits(IOptions<RoomLimitOptions> options, ILogger<RoomLimits> logger) : IHubFilter, IAsyncDisposable
{
    /// <summary>The start of every refusal by a limit; web/client/src/room/hub.js checks for it.</summary>
    public const string Prefix = "Even wachten:";

    private readonly PartitionedRateLimiter<(Limit Limit, string UserId)> _limiter = PartitionedRateLimiter.Create<(Limit Limit, string UserId), (Limit, string)>(
        key => RateLimitPartition.GetTokenBucketLimiter(key, k => Bucket(options.Value, k.Item1)));

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        if (LimitOf(invocationContext.HubMethodName) is { } limit && invocationContext.Context.UserIdentifier is { } userId)
        {
            using var lease = _limiter.AttemptAcquire((limit, userId));
            if (!lease.IsAcquired)
            {
                Refused(logger, invocationContext.HubMethodName);
                throw new HubException(Message(PerMinute(options.Value, limit)));
            }
        }

        return await next(invocationContext);
    }

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();

    private static Limit? LimitOf(string method) => method switch
    {
        nameof(MeetingHub.PostContribution) or nameof(MeetingHub.PostRoundEntry) => Limit.Posts,
        nameof(MeetingHub.RaiseHand) or nameof(MeetingHub.LowerHand) => Limit.Hands,
        nameof(MeetingHub.Join) or nameof(MeetingHub.JoinAfter) => Limit.Joins,
        _ => null,
    };

    private static int PerMinute(RoomLimitOptions limits, Limit limit) => limit switch
    {
        Limit.Posts => limits.PostsPerMinute,
        Limit.Hands => limits.HandsPerMinute,
        _ => limits.JoinsPerMinute,
    };

    private static TokenBucketRateLimiterOptions Bucket(RoomLimitOptions limits, Limit limit)
    {
        var burst = limit switch
        {
            Limit.Posts => limits.PostBurst,
            Limit.Hands => limits.HandBurst,
            _ => limits.JoinBurst,
        };
        var perMinute = PerMinute(limits, limit);

        // Not auto-replenished: the partitioned limiter's own heartbeat refills every bucket in small steps, with no timer per member.
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = perMinute,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = false,
        };
    }

    // The time one token takes to come back: the limiter's own RetryAfter counts whole replenishment periods (a minute).
    private static string Message(int perMinute)
    {
        var seconds = (int)Math.Ceiling(60.0 / perMinute);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Prefix} u doet dit te vaak kort na elkaar. Probeer het over {seconds} {(seconds == 1 ? "seconde" : "seconden")} opnieuw.");
    }

    private enum Limit
    {
        Posts,
        Hands,
        Joins,
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Room call {Method} refused by its rate limit.")]
    private static partial void Refused(ILogger logger, string method);
}
