using System.Text;
using Netwerkbijeenkomst.Testing;
using Netwerkbijeenkomst.Web.Accounts.TwoFactor;
using Netwerkbijeenkomst.Web.Demo;

namespace Netwerkbijeenkomst.Web.Tests.Accounts;

/// <summary>The tests' own authenticator (RFC 6238) and the pieces of the setup page that need no host.</summary>
public sealed class TotpTests
{
    [Theory]
    [InlineData(59, "94287082")]
    [InlineData(1111111109, "07081804")]
    [InlineData(2000000000, "69279037")]
    public void Code_MatchesTheRfc6238Vectors(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code(Encoding.ASCII.GetBytes("12345678901234567890"), DateTimeOffset.FromUnixTimeSeconds(unixSeconds), digits: 8));

    [Fact]
    public void Key_IsShownInGroupsOfFour_AndTheQrCodeHoldsTheOtpauthAddress()
    {
        Assert.Equal("ABCD EFGH IJKL MNOP QR", AuthenticatorKey.Grouped("abcdefghijklmnopqr"));
        Assert.Equal(
            "otpauth://totp/Netwerkbijeenkomst:jan%40voorbeeld.nl?secret=ABCD&issuer=Netwerkbijeenkomst&digits=6&period=30",
            AuthenticatorKey.Uri("ABCD", "jan@voorbeeld.nl"));
        var qr = QrCodeDrawing.Of(AuthenticatorKey.Uri("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "jan@voorbeeld.nl"));
        Assert.True(qr.Size >= 29, "A QR code is at least 21 modules plus the quiet zone.");
        Assert.Matches("^(M\\d+ \\d+h1v1h-1z)+$", qr.Path);
    }

    [Theory]
    [InlineData("abcde fghij", "ABCDE-FGHIJ")]
    [InlineData("ABCDE-FGHIJ", "ABCDE-FGHIJ")]
    [InlineData(" abcdefghij ", "ABCDE-FGHIJ")]
    public void RecoveryCode_IsReadAsIdentityStoresIt(string typed, string stored) => Assert.Equal(stored, RecoveryCode.Normalize(typed));

    [Fact]
    public void DemoWaiver_HoldsOnlyForTheDemosOwnAccounts_AndOnlyInDevelopment()
    {
        Assert.True(DemoWaiver.Applies(isDevelopment: true, DemoData.Coordinator.Email));
        Assert.False(DemoWaiver.Applies(isDevelopment: false, DemoData.Coordinator.Email));
        Assert.False(DemoWaiver.Applies(isDevelopment: true, "coordinator@elders.nl"));
    }
}
