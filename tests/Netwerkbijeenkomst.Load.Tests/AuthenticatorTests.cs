namespace Netwerkbijeenkomst.Load.Tests;

public sealed class AuthenticatorTests
{
    // RFC 6238, appendix B: the SHA-1 key "12345678901234567890" (base32 below); the RFC's eight digits, the app's last six.
    private const string RfcKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void The_code_is_the_one_an_authenticator_app_shows(long unixSeconds, string code) =>
        Assert.Equal(code, Authenticator.Code(RfcKey, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
}
