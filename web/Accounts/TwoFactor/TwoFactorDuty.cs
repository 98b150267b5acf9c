namespace Netwerkbijeenkomst.Web.Accounts.TwoFactor;

/// <summary>Whether an account must sign in with a code from an authenticator app.</summary>
public enum TwoFactorDuty
{
    /// <summary>A member (or an account without a role): may switch it on and off.</summary>
    Optional,

    /// <summary>A coordinator, a municipality or province account, or an administrator.</summary>
    Required,

    /// <summary>Would be required, but this is one of the demo's own accounts in Development (docs/security.md).</summary>
    WaivedForDemo,
}
