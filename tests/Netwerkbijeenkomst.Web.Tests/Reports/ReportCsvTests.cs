using System.IO.Compression;
using System.Text;
using CsvHelper;
using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Reports.Export;

namespace Netwerkbijeenkomst.Web.Tests.Reports;

public sealed class ReportCsvTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void Write_GivesDutchExcelATableWithAHeader_AndProtectedCellsAsText()
    {
        var table = ReportSamples.Municipality().Sections[1].Tables[0];

        var bytes = ReportCsv.Write(table, threshold: 5);

        Assert.Equal(Bom, bytes[..3]);
        var rows = Read(bytes);
        Assert.Equal(["Casussen per thema", "Netwerk Utrecht-Noord", "Netwerk Utrecht-Zuid", "Totaal"], rows[0]);
        Assert.Equal(["Eenzaamheid", "6", "< 5", "9"], rows[1]);
        Assert.Equal(["Geld en schulden", "< 5", "afgeschermd", "5"], rows[2]);
        Assert.Equal(["Wonen", "afgeschermd", "< 5", "afgeschermd"], rows[3]);
        Assert.Equal(4, rows.Count);
        Assert.StartsWith("Casussen per thema;Netwerk Utrecht-Noord;Netwerk Utrecht-Zuid;Totaal\r\n", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NeverWritesTheValueOfACellThatIsNotExact()
    {
        var table = new FigureTable("t", "Tabel", ["a", "b", "c"], [new("Rij", [new Shown(ShownKind.Small, 3), new Shown(ShownKind.Protected, 17), new Shown(ShownKind.TooFew, 4.5m)])]);

        var rows = Read(ReportCsv.Write(table, threshold: 5));

        Assert.Equal(["Rij", "< 5", "afgeschermd", "te weinig gegevens"], rows[1]);
    }

    [Theory]
    [InlineData(1234, "N0", "1234")]
    [InlineData(126.45, "N1", "126,5")]
    [InlineData(3795, "C0", "3795")]
    [InlineData(0.64, "P0", "64%")]
    public void Cell_WritesAnExactValueAsANumberDutchExcelCanSum(decimal value, string format, string expected) =>
        Assert.Equal(expected, ReportCsv.Cell(Shown.Exact(value), 5, format));

    [Fact]
    public void Write_EscapesALabelThatASpreadsheetWouldRunAsAFormula()
    {
        var table = new FigureTable("t", "Tabel", ["a"], [new("=HYPERLINK(\"x\")", [Shown.Exact(7)])]);

        var rows = Read(ReportCsv.Write(table, threshold: 5));

        Assert.StartsWith("'=", rows[1][0], StringComparison.Ordinal);
    }

    [Fact]
    public void WriteAll_ZipsTheFiguresAndOneCsvPerTable()
    {
        var view = ReportSamples.Municipality();

        using var zip = new ZipArchive(new MemoryStream(ReportCsv.WriteAll(view)), ZipArchiveMode.Read);

        Assert.Equal(["cijfers.csv", "01-attendance-by-month.csv", "02-cases-by-theme.csv"], zip.Entries.Select(e => e.FullName));
        var figures = Read(Content(zip.GetEntry("cijfers.csv")!));
        Assert.Equal(["Onderdeel", "Cijfer", "3e kwartaal 2026", "2e kwartaal 2026"], figures[0]);
        Assert.Contains(["Casussen", "Besproken casussen", "14", "9"], figures);
        Assert.Contains(["Casussen", "Escalaties naar zorg", "< 5", "7"], figures);
        Assert.Contains(["Casussen", "Mediaan dagen tot in zorg", "te weinig gegevens", "12,0"], figures);
        var attendance = Read(Content(zip.GetEntry("01-attendance-by-month.csv")!));
        Assert.Equal(["Leden aanwezig", "14", "< 5", "12"], attendance[1]);
    }

    private static List<string[]> Read(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, ReportCsv.Configuration);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i)!).ToArray());
        }

        return rows;
    }

    private static byte[] Content(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
