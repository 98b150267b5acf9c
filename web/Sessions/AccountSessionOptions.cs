using System.ComponentModel.DataAnnotations;

namespace Netwerkbijeenkomst.Web.Sessions;

/// <summary>Sessions: how long a mailed link works, and how soon other web nodes close the live connections of a signed-out account.</summary>
public sealed class AccountSessionOptions
{
    public const string Section = "Sessions";

    /// <summary>How long an invitation (for a new or an existing account) or a password-reset link works.</summary>
    [Range(typeof(TimeSpan), "00:15:00", "14.00:00:00", ErrorMessage = "Sessions:LinkLifetime moet tussen 15 minuten en 14 dagen liggen.")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How often each web node compares its live connections with their accounts' security stamps; at most a minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00", ErrorMessage = "Sessions:ConnectionSweep moet tussen 1 seconde en 1 minuut liggen.")]
    public TimeSpan ConnectionSweep { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a session's roles and claims are read again (Identity's full validator); the stamp itself is checked on every request.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Sessions:ClaimsRefresh moet tussen 0 en 1 minuut liggen.")]
    public TimeSpan ClaimsRefresh { get; set; } = TimeSpan.FromMinutes(1);
}
