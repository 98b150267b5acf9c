namespace Netwerkbijeenkomst.Web.Accounts.TwoFactor;

/// <summary>Typed codes as Identity stores them: spaces dropped, capitals, and the dash of "XXXXX-XXXXX" put back when left out.</summary>
public static class RecoveryCode
{
    public const int Count = 10;

    public static string Normalize(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var code = string.Concat(typed.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return code.Length == 10 && !code.Contains('-', StringComparison.Ordinal) ? code[..5] + "-" + code[5..] : code;
    }

    /// <summary>The six digits of an authenticator code, without the space or dash some apps show in the middle.</summary>
    public static string NormalizeAuthenticatorCode(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        return string.Concat(typed.Where(c => !char.IsWhiteSpace(c) && c != '-'));
    }
}
