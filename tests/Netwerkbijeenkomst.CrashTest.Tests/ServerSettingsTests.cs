namespace Netwerkbijeenkomst.CrashTest.Tests;

/// <summary>
/// The real web server process: outside Development a missing or wrong setting stops the start with one line on stderr,
/// Dutch and English, naming the key, and exit code 78; Development starts with no settings at all.
/// </summary>
public sealed class ServerSettingsTests : IDisposable
{
    private const int SettingsExitCode = 78;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"netwerkbijeenkomst-settings-{Guid.NewGuid():N}");

    public ServerSettingsTests() => Directory.CreateDirectory(_folder);

    [Theory]
    [InlineData("Mail__Smtp__Host", null, "Instelling 'Mail:Smtp:Host' ontbreekt / Setting 'Mail:Smtp:Host' is missing")]
    [InlineData("App__PublicUrl", null, "Instelling 'App:PublicUrl' ontbreekt / Setting 'App:PublicUrl' is missing")]
    [InlineData("Mail__Smtp__Port", "vijfhonderd", "Instelling 'Mail:Smtp:Port' moet een geheel getal zijn / Setting 'Mail:Smtp:Port' must be a whole number")]
    [InlineData("Calendar__OrganizerEmail", "bijeenkomsten", "Instelling 'Calendar:OrganizerEmail' is geen e-mailadres / Setting 'Calendar:OrganizerEmail' is not an e-mail address")]
    [InlineData("Database__Provider", "Oracle", "Instelling 'Database:Provider' moet een van deze zijn: Sqlite, PostgreSQL / Setting 'Database:Provider' must be one of: Sqlite, PostgreSQL")]
    [InlineData("Cluster__SiloPort", "70000", "Instelling 'Cluster:SiloPort' moet tussen 1 en 65535 liggen / Setting 'Cluster:SiloPort' must be between 1 and 65535")]
    public async Task ProductionStart_WithAMissingOrWrongSetting_StopsWithOneLineNamingTheKey(string key, string? value, string line)
    {
        var settings = ProductionSettings();
        if (value is null)
        {
            settings.Remove(key);
        }
        else
        {
            settings[key] = value;
        }

        var result = await WebCommandResult.RunAsync(settings);

        Assert.Equal(SettingsExitCode, result.ExitCode);
        Assert.Equal(line + "\n", result.Errors);
        Assert.DoesNotContain("   at ", result.Output + result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentStart_WithNoSettingsAtAll_ServesHealthy()
    {
        // Only what this shared machine needs (a free port, silo ports, a file of its own) and Demo:History=false for speed; no other setting, no environment.
        await using var server = new WebServer(_folder, readme: true);

        await server.StartAsync(CancellationToken.None);

        await server.KillAsync();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Everything a production start needs; each test takes one away or spoils it. The ports are never listened on: the start stops first.
    private Dictionary<string, string> ProductionSettings() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Netwerkbijeenkomst"] = $"Data Source={Path.Combine(_folder, "netwerkbijeenkomst.db")}",
        ["Urls"] = "http://127.0.0.1:0",
        ["App__PublicUrl"] = "https://bijeenkomst.gemeente.nl",
        ["Calendar__OrganizerEmail"] = "bijeenkomsten@gemeente.nl",
        ["Mail__Smtp__Host"] = "smtp.gemeente.nl",
        ["Mail__Smtp__From"] = "bijeenkomsten@gemeente.nl",
    };
}
