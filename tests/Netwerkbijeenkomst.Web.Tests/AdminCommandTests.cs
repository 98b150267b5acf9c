using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>`dotnet run --project web -- beheerder-aanmaken …` creates the first administrator, `tweestap-uitzetten …` switches off a lost phone's two-factor sign-in; both serve nothing.</summary>
public sealed class AdminCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "netwerkbijeenkomst-tests", Guid.NewGuid().ToString("N"));

    private string Database => Path.Combine(_folder, "netwerkbijeenkomst.db");

    [Fact]
    public async Task CreateAdministrator_OnAnEmptyProductionDatabase_CreatesOneAdministrator_AndExits()
    {
        var (exitCode, output) = await RunAsync("beheerder-aanmaken", "beheer@gemeente.example", "Eerste Beheerder");

        Assert.Equal(0, exitCode);
        Assert.Contains("Beheerder beheer@gemeente.example is aangemaakt.", output, StringComparison.Ordinal);
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM AspNetUsers"));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM AspNetUserRoles ur JOIN AspNetRoles r ON r.Id = ur.RoleId WHERE r.Name = 'Beheerder'"));
    }

    [Fact]
    public async Task CreateAdministrator_WithoutArguments_ExplainsUsage()
    {
        var (exitCode, output) = await RunAsync("beheerder-aanmaken");

        Assert.Equal(2, exitCode);
        Assert.Contains("Gebruik:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchOffTwoFactor_ForALostPhone_ClearsTheKeyAndCodes_AndEndsEverySession()
    {
        Assert.Equal(0, (await RunAsync("beheerder-aanmaken", "beheer@gemeente.example", "Eerste Beheerder")).ExitCode);
        Execute("""
            UPDATE AspNetUsers SET TwoFactorEnabled = 1, SecurityStamp = 'oude-stempel';
            INSERT INTO AspNetUserTokens (UserId, LoginProvider, Name, Value)
            SELECT Id, '[AspNetUserStore]', 'AuthenticatorKey', 'OUDESLEUTELOUDESLEUTEL' FROM AspNetUsers;
            INSERT INTO AspNetUserTokens (UserId, LoginProvider, Name, Value)
            SELECT Id, '[AspNetUserStore]', 'RecoveryCodes', 'AAAA-BBBB;CCCC-DDDD' FROM AspNetUsers;
            """);

        var (exitCode, output) = await RunAsync("tweestap-uitzetten", "beheer@gemeente.example");

        Assert.Equal(0, exitCode);
        Assert.Contains("Tweestapsverificatie van beheer@gemeente.example staat uit", output, StringComparison.Ordinal);
        Assert.Equal(0L, Scalar("SELECT TwoFactorEnabled FROM AspNetUsers"));
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM AspNetUsers WHERE SecurityStamp = 'oude-stempel'"));
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM AspNetUserTokens WHERE Name = 'RecoveryCodes' OR Value = 'OUDESLEUTELOUDESLEUTEL'"));
    }

    [Fact]
    public async Task SwitchOffTwoFactor_ForAnUnknownAddress_SaysSo_AndChangesNothing()
    {
        Assert.Equal(0, (await RunAsync("beheerder-aanmaken", "beheer@gemeente.example", "Eerste Beheerder")).ExitCode);
        Execute("UPDATE AspNetUsers SET TwoFactorEnabled = 1");

        var (exitCode, output) = await RunAsync("tweestap-uitzetten", "onbekend@gemeente.example");

        Assert.Equal(1, exitCode);
        Assert.Contains("Er is geen account met het e-mailadres onbekend@gemeente.example.", output, StringComparison.Ordinal);
        Assert.Equal(1L, Scalar("SELECT TwoFactorEnabled FROM AspNetUsers"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        Directory.CreateDirectory(_folder);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Netwerkbijeenkomst.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Netwerkbijeenkomst"] = $"Data Source={Database}";
        start.Environment["NETWERKBIJEENKOMST_WACHTWOORD"] = "een-lang-wachtwoord-1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await error);
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
