using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Browser;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>No report page or download shows a case's label or text or anyone's name, for any viewer, on the demo's history plus a case of this test.</summary>
[Collection(ReportHistory.Name)]
public sealed partial class ReportPrivacyTests(ReportHistoryFixture host)
{
    private const string Marker = "Zwaluwstaart";

    [Fact]
    public async Task NoReportPageOrExport_ShowsACaseLabel_CaseText_OrAName()
    {
        var label = await BringMarkedCaseAsync();
        var names = DemoData.AllAccounts.Where(a => a != DemoData.Municipality && a != DemoData.ProvinceAccount).Select(a => a.Name).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var periods = new[] { "", $"?periode=maand&jaar={today.Year}&maand={today.Month}", $"?periode=eigen&van={today.AddMonths(-12):yyyy-MM}&tot={today:yyyy-MM}" };
        var found = new List<string>();
        var read = 0;
        foreach (var email in new[] { DemoData.Municipality.Email, DemoData.Coordinator.Email, ReportViewers.Province })
        {
            using var client = await SignedInClient.SignInAsync(host.Factory, email);
            foreach (var scope in await ScopePathsAsync(client))
            {
                foreach (var period in periods)
                {
                    var texts = new List<(string What, string Text)> { (scope + period, await client.GetPageAsync(scope + period)) };
                    texts.AddRange(await ZipTextsAsync(client, $"{scope}/tabellen.zip{period}"));
                    texts.Add(($"{scope}/kwartaal.pdf", await Pdftotext.ReadAsync(await BytesAsync(client, $"{scope}/kwartaal.pdf"))));
                    foreach (var (what, text) in texts)
                    {
                        read++;
                        found.AddRange(Leaks(text, label, names).Select(leak => $"{email} {what}: {leak}"));
                    }
                }
            }
        }

        Assert.Empty(found);
        Assert.True(read > 30, $"only {read} pages and files read");
    }

    private async Task<string> BringMarkedCaseAsync()
    {
        var member = await host.Demo.ActorAsync(DemoData.Members[0].Account);
        var caseGrain = host.Demo.Grains.GetGrain<ICaseGrain>(Guid.NewGuid());
        await caseGrain.CreateAsync(member, DemoData.NetworkId, new CaseDetails(
            AgeBand.From75, "Turks", [CaseTheme.Other], $"{Marker} thema", $"{Marker}: zij komt de deur niet meer uit.", $"{Marker}: wie gaat er mee?"));
        return (await caseGrain.SubmitAsync(member)).Label;
    }

    /// <summary>Every report the account may open, as the way in lists it (a coordinator with one network is sent straight on).</summary>
    private static async Task<List<string>> ScopePathsAsync(SignedInClient client)
    {
        var response = await client.GetAsync("/rapportage");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return [response.Headers.Location!.OriginalString.Split('?')[0]];
        }

        var wayIn = await response.Content.ReadAsStringAsync();
        return [.. ReportLink().Matches(wayIn).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct()];
    }

    private static IEnumerable<string> Leaks(string text, string label, IReadOnlyList<string> names)
    {
        if (text.Contains(Marker, StringComparison.OrdinalIgnoreCase))
        {
            yield return "the case's text";
        }

        if (text.Contains(label, StringComparison.Ordinal) || CaseLabel().IsMatch(text))
        {
            yield return "a case label";
        }

        foreach (var name in names.Where(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)))
        {
            yield return name;
        }
    }

    private static async Task<byte[]> BytesAsync(SignedInClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<IEnumerable<(string, string)>> ZipTextsAsync(SignedInClient client, string path)
    {
        using var zip = new ZipArchive(new MemoryStream(await BytesAsync(client, path)));
        var texts = new List<(string, string)>();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            texts.Add(($"{path} {entry.FullName}", await reader.ReadToEndAsync()));
        }

        return texts;
    }

    [GeneratedRegex("href=\"(/rapportage/(?:netwerk|gemeente|provincie)/[^\"?]+)\"")]
    private static partial Regex ReportLink();

    [GeneratedRegex(@"Casus \d{4}-\d{3}")]
    private static partial Regex CaseLabel();
}
