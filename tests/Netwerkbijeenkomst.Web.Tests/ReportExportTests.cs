using System.IO.Compression;
using System.Net;
using System.Text;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Reports.Access;
using Netwerkbijeenkomst.Web.Reports.Export;
using Netwerkbijeenkomst.Web.Tests.Browser;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The report downloads on the demo's history: what the files say read back as a reader would, the access log, and who gets nothing.</summary>
[Collection(ReportHistory.Name)]
public sealed class ReportExportTests(ReportHistoryFixture host)
{
    private readonly WebAppFactory _factory = host.Factory;

    [Fact]
    public async Task QuarterlyPdf_ReadsBackAsTheQuartersReport_AsAnAttachment_AndIsLogged()
    {
        var quarter = LastFullQuarter();
        var year = quarter.First.Year;
        var number = ((quarter.First.Month - 1) / 3) + 1;
        using var client = await SignedInClient.SignInAsync(_factory, DemoData.Municipality.Email);

        var response = await client.GetAsync($"/rapportage/gemeente/Utrecht/kwartaal.pdf?jaar={year}&kwartaal={number}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        var name = $"rapportage-{year}-k{number}-gemeente-utrecht.pdf";
        Assert.Equal(name, disposition.FileNameStar ?? disposition.FileName);
        var text = await Pdftotext.ReadAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains($"Kwartaalrapportage {quarter.Label} — gemeente Utrecht", text, StringComparison.Ordinal);
        Assert.Contains("Samenvatting", text, StringComparison.Ordinal);
        Assert.Contains("Besproken casussen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Er zijn nog geen cijfers", text, StringComparison.Ordinal);
        var userId = await host.Demo.UserIdAsync(DemoData.Municipality.Email);
        Assert.Contains($"{userId}|gemeente||rapportage|{name}|geëxporteerd (PDF)|toegestaan", AccessLogLines.Read(_factory));
    }

    [Fact]
    public async Task TableCsv_ReadsBackWithCsvHelper_AsTheTableTheBuilderMade_AndIsLogged()
    {
        var period = ReportPeriod.Year(LastFullQuarter().First.Year);
        using var client = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);

        var response = await client.GetAsync($"/rapportage/netwerk/utrecht/tabel/themas.csv?periode=jaar&jaar={period.First.Year}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Read(bytes);
        var table = await TableAsync(new ReportScope(ReportScopeKind.Network, DemoData.NetworkId, "Netwerk Vertrouwenspersonen Utrecht"), period, "themas");
        Assert.Equal([table.Title, .. table.Columns], rows[0]);
        Assert.Equal(table.Rows.Select(r => r.Label), rows.Skip(1).Select(r => r[0]));
        Assert.Equal(
            table.Rows.Select(r => r.Cells.Select(c => ReportCsv.Cell(c, 5, table.Format))),
            rows.Skip(1).Select(r => r.Skip(1)));
        var name = $"rapportage-{period.First.Year}-netwerk-vertrouwenspersonen-utrecht-themas.csv";
        Assert.Equal(name, response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var userId = await host.Demo.UserIdAsync(DemoData.Coordinator.Email);
        Assert.Contains($"{userId}|coördinator|utrecht|rapportage|{name}|geëxporteerd (CSV)|toegestaan", AccessLogLines.Read(_factory));
    }

    [Fact]
    public async Task AllTables_AreOneZip_WithTheFiguresAndEveryTableTheViewerMayOpen()
    {
        using var municipality = await SignedInClient.SignInAsync(_factory, DemoData.Municipality.Email);
        using var province = await SignedInClient.SignInAsync(_factory, ReportViewers.Province);

        var own = await EntriesAsync(municipality, "/rapportage/gemeente/Utrecht/tabellen.zip");
        var fromProvince = await EntriesAsync(province, "/rapportage/gemeente/Utrecht/tabellen.zip");

        Assert.Equal("cijfers.csv", own[0]);
        Assert.Contains(own, e => e.EndsWith("-themas.csv", StringComparison.Ordinal));
        Assert.Contains(own, e => e.EndsWith($"-{ReportViewFilter.PartsTableKey}.csv", StringComparison.Ordinal));
        // The province may not open the municipality's networks, so it gets no table of them either.
        Assert.DoesNotContain(fromProvince, e => e.EndsWith($"-{ReportViewFilter.PartsTableKey}.csv", StringComparison.Ordinal));
        Assert.Equal(own.Count - 1, fromProvince.Count);
    }

    [Fact]
    public async Task ForbiddenOrUnknownScope_IsNotFound_AndNothingIsLogged()
    {
        var before = AccessLogLines.Read(_factory).Count;
        var tries = new (string? Email, string Path)[]
        {
            (DemoData.OtherCoordinator.Email, "/rapportage/netwerk/utrecht/kwartaal.pdf"),
            (DemoData.OtherCoordinator.Email, "/rapportage/netwerk/utrecht/tabel/themas.csv"),
            (DemoData.Members[0].Account.Email, "/rapportage/netwerk/utrecht/tabellen.zip"),
            (DemoData.Administrator.Email, "/rapportage/gemeente/Utrecht/cijfers.csv"),
            (ReportViewers.OtherMunicipality, "/rapportage/gemeente/Utrecht/kwartaal.pdf"),
            (ReportViewers.OtherMunicipality, "/rapportage/netwerk/utrecht/tabellen.zip"),
            (ReportViewers.OtherProvince, "/rapportage/provincie/Utrecht/kwartaal.pdf"),
            (ReportViewers.Province, "/rapportage/netwerk/utrecht/kwartaal.pdf"),
            (ReportViewers.Province, "/rapportage/gemeente/Utrecht/tabel/onderdelen.csv"),
            (DemoData.Municipality.Email, "/rapportage/gemeente/Bestaat-niet/kwartaal.pdf"),
            (DemoData.Municipality.Email, "/rapportage/gemeente/Utrecht/tabel/bestaat-niet.csv"),
            (DemoData.Municipality.Email, "/rapportage/gemeente/Utrecht/verslag.pdf"),
        };

        foreach (var (email, path) in tries)
        {
            using var client = await SignedInClient.SignInAsync(_factory, email);
            Assert.True((await client.GetAsync(path)).StatusCode == HttpStatusCode.NotFound, $"{email} {path}");
        }

        Assert.Equal(before, AccessLogLines.Read(_factory).Count);
    }

    [Fact]
    public async Task QuarterlyPdf_OfAQuarterThatIsNone_IsRefusedInDutch_AndNotLogged()
    {
        var before = AccessLogLines.Read(_factory).Count;
        using var client = await SignedInClient.SignInAsync(_factory, DemoData.Municipality.Email);

        var response = await client.GetAsync("/rapportage/gemeente/Utrecht/kwartaal.pdf?jaar=2025&kwartaal=5");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Kies een kwartaal van 1 tot en met 4.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, AccessLogLines.Read(_factory).Count);
    }

    private static ReportPeriod LastFullQuarter()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var quarter = ((today.Month - 1) / 3) + 1;
        return quarter == 1 ? ReportPeriod.Quarter(today.Year - 1, 4) : ReportPeriod.Quarter(today.Year, quarter - 1);
    }

    private async Task<FigureTable> TableAsync(ReportScope scope, ReportPeriod period, string key)
    {
        using var services = _factory.Services.CreateScope();
        var view = await services.ServiceProvider.GetRequiredService<IReportBuilder>().BuildAsync(scope, period, CancellationToken.None);
        return view.Sections.SelectMany(s => s.Tables).Single(t => t.Key == key);
    }

    private static async Task<List<string>> EntriesAsync(SignedInClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    private static List<string[]> Read(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        using var csv = new CsvReader(reader, ReportCsv.Configuration);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Parser.Record!);
        }

        return rows;
    }
}
