using System.ComponentModel.DataAnnotations;
using Netwerkbijeenkomst.Web.Accounts;

namespace Netwerkbijeenkomst.Web.Tests.Accounts;

public sealed class SignInProtectionOptionsTests
{
    [Fact]
    public void Defaults_AreValid() => Assert.Empty(Refusals(new SignInProtectionOptions()));

    [Fact]
    public void NoFreeFailures_IsRefused_NamingTheKey() =>
        Assert.Contains(Refusals(new SignInProtectionOptions { FreeFailuresPerAccount = 0 }), r => r.Contains("SignIn:FreeFailuresPerAccount", StringComparison.Ordinal));

    [Fact]
    public void MaxDelayShorterThanFirstDelay_IsRefused_NamingTheKey() =>
        Assert.Contains(Refusals(new SignInProtectionOptions { FirstDelay = TimeSpan.FromMinutes(2), MaxDelay = TimeSpan.FromMinutes(1) }), r => r.Contains("SignIn:MaxDelay", StringComparison.Ordinal));

    [Fact]
    public void ForgetAfterNotLongerThanMaxDelay_IsRefused_NamingTheKey() =>
        Assert.Contains(Refusals(new SignInProtectionOptions { MaxDelay = TimeSpan.FromMinutes(30), ForgetAfter = TimeSpan.FromMinutes(30) }), r => r.Contains("SignIn:ForgetAfter", StringComparison.Ordinal));

    private static List<string> Refusals(SignInProtectionOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
