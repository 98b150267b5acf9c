using System.Diagnostics;
using System.Text.Json;
using Netwerkbijeenkomst.Grains.Privacy;
using Netwerkbijeenkomst.Web.Privacy;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>`dotnet run --project web -- privacy scan` turns JSON lines of text into JSON lines of findings, without a host.</summary>
public sealed class PrivacyScanCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "netwerkbijeenkomst-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Scan_WritesOneLinePerInput_WithUtf16OffsetsAndKinds()
    {
        var input = new StringReader("""
            {"id": "a", "text": "Bel mevrouw Yılmaz op 06-12345678."}

            {"id": 7, "text": "Een oudere man komt niet meer naar de moskee."}
            {"id": "c", "text": "😀 Zoon Ahmed, BSN 111222333"}
            """);
        var output = new StringWriter();

        var exitCode = await PrivacyScanCommand.RunAsync(input, output, new DutchPersonalDataDetector());

        Assert.Equal(0, exitCode);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal("""{"id":"a","findings":[{"start":12,"length":6,"kind":"name"},{"start":22,"length":11,"kind":"phone"}]}""", lines[0].TrimEnd('\r'));
        Assert.Equal("""{"id":7,"findings":[]}""", lines[1].TrimEnd('\r'));
        // The emoji is two UTF-16 code units, so "Ahmed" starts at 8.
        Assert.Equal("""{"id":"c","findings":[{"start":8,"length":5,"kind":"name"},{"start":19,"length":9,"kind":"bsn"}]}""", lines[2].TrimEnd('\r'));
    }

    [Fact]
    public async Task Scan_OfALineThatIsNotJson_ReportsAnErrorForThatLine_AndExitsWithOne()
    {
        var output = new StringWriter();

        var exitCode = await PrivacyScanCommand.RunAsync(new StringReader("geen json\n{\"id\": \"b\"}\n"), output, new DutchPersonalDataDetector());

        Assert.Equal(1, exitCode);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.True(JsonDocument.Parse(l).RootElement.TryGetProperty("error", out _)));
        Assert.Equal("b", JsonDocument.Parse(lines[1]).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Scan_AsAProcess_AnswersOnStdout_AndStartsNeitherHostNorDatabase()
    {
        Directory.CreateDirectory(_folder);
        var database = Path.Combine(_folder, "netwerkbijeenkomst.db");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Netwerkbijeenkomst.Web.dll"));
        start.ArgumentList.Add("privacy");
        start.ArgumentList.Add("scan");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Netwerkbijeenkomst"] = $"Data Source={database}";
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync("""{"id": "x", "text": "Haar postcode is 3511 AB."}""");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("""{"id":"x","findings":[{"start":17,"length":7,"kind":"postcode"}]}""", (await output).Trim());
        Assert.Equal("", await error);
        Assert.False(File.Exists(database), "The scan must not create or open the database.");
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
