using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Demo;

namespace Netwerkbijeenkomst.Web.Tests.Accounts;

public sealed class PasswordPolicyTests
{
    private static readonly CommonPasswords Common = new();

    [Fact]
    public void CommonList_IsEmbedded_WithSomeHundredsOfPasswords() => Assert.InRange(Common.Count, 300, 5000);

    [Theory]
    [InlineData("wachtwoord123")]
    [InlineData("Wachtwoord2026!")]
    [InlineData("W@chtw00rd-2026")]
    [InlineData("2026welkom!!")]
    [InlineData("ik hou van jou")]
    [InlineData("123456789012")]
    [InlineData("qwertyuiop12")]
    [InlineData("Feyenoord1908")]
    [InlineData("bismillah786!")]
    [InlineData("Netwerkbijeenkomst1")]
    public async Task CommonPassword_IsRefused(string password) =>
        Assert.Equal(["PasswordIsCommon"], await RefusalsAsync(Validator(Environments.Production), "nieuw@gemeente.nl", password));

    [Theory]
    [InlineData("paars-fietspad-regenjas-7")]
    [InlineData("mijn kat heet Tarzan 9")]
    [InlineData("koffie-om-acht-uur-3")]
    public async Task UncommonPassword_IsAllowed(string password) =>
        Assert.Empty(await RefusalsAsync(Validator(Environments.Production), "nieuw@gemeente.nl", password));

    [Theory]
    [InlineData("fatima.el.idrissi@gemeente.nl", "fatima.el.idrissi@gemeente.nl1")]
    [InlineData("fatima.el.idrissi@gemeente.nl", "Fatima.El.Idrissi-2026")]
    public async Task PasswordWithOwnEmail_IsRefused(string email, string password) =>
        Assert.Contains("PasswordContainsEmail", await RefusalsAsync(Validator(Environments.Production), email, password));

    [Fact]
    public async Task ShortLocalPart_InAnOrdinaryWord_IsAllowed() =>
        Assert.Empty(await RefusalsAsync(Validator(Environments.Production), "jan@gemeente.nl", "januari-fietstocht-9"));

    [Fact]
    public async Task DemoPassword_ForARealAccount_IsRefused_EvenInDevelopment()
    {
        Assert.Equal(["PasswordIsDemoPassword"], await RefusalsAsync(Validator(Environments.Development), "nieuw@gemeente.nl", DemoData.Password));
        Assert.Equal(["PasswordIsDemoPassword"], await RefusalsAsync(Validator(Environments.Production), "nieuw@gemeente.nl", DemoData.Password + "!"));
    }

    [Fact]
    public async Task DemoPassword_ForADemoAccount_IsAllowed_OnlyInDevelopment()
    {
        var demo = DemoData.Members[0].Account.Email;

        Assert.Empty(await RefusalsAsync(Validator(Environments.Development), demo, DemoData.Password));
        Assert.Equal(["PasswordIsDemoPassword"], await RefusalsAsync(Validator(Environments.Production), demo, DemoData.Password));
    }

    private static PasswordPolicyValidator Validator(string environment) => new(Common, new Environment(environment));

    private static async Task<string[]> RefusalsAsync(PasswordPolicyValidator validator, string email, string password)
    {
        var result = await validator.ValidateAsync(null!, new AppUser { UserName = email, Email = email }, password);
        return [.. result.Errors.Select(e => e.Code)];
    }

    private sealed class Environment(string name) : IWebHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Netwerkbijeenkomst.Web";

        public string WebRootPath { get; set; } = "";

        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();

        public string ContentRootPath { get; set; } = "";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
