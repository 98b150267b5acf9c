namespace Netwerkbijeenkomst.Web.Accounts.TwoFactor;

/// <summary>The claim on the sign-in cookie that keeps an account on the setup page until it has two-factor sign-in.</summary>
public static class TwoFactorClaims
{
    public const string SetupNeeded = "tweestap-instellen";
}
