using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Netwerkbijeenkomst.Web.Reports.Export;

/// <summary>
/// A report's tables as CSV files that Dutch Excel opens as they are: UTF-8 with a byte-order mark, semicolons (the Dutch
/// list separator), decimal commas, no thousands separators. An exact cell is a plain number Excel can sum; any other is
/// its text ("&lt; 5", "afgeschermd", "te weinig gegevens"), never a value.
/// </summary>
public static class ReportCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const string ZipContentType = "application/zip";

    public static readonly CsvConfiguration Configuration = new(CultureInfo.GetCultureInfo("nl-NL"))
    {
        Delimiter = ";",
        InjectionOptions = InjectionOptions.Escape,
    };

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>One table: a header row (the table's title over the label column, then its columns), then its rows.</summary>
    public static byte[] Write(FigureTable table, int threshold)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Csv(csv =>
        {
            csv.WriteField(table.Title);
            foreach (var column in table.Columns)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in table.Rows)
            {
                csv.WriteField(row.Label);
                foreach (var cell in row.Cells)
                {
                    csv.WriteField(Cell(cell, threshold, table.Format));
                }

                csv.NextRecord();
            }
        });
    }

    /// <summary>The figures of every section against the previous period, one row per figure.</summary>
    public static byte[] WriteFigures(ReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Csv(csv =>
        {
            foreach (var field in (string[])["Onderdeel", "Cijfer", view.Period.Label, view.Previous.Label])
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
            foreach (var section in view.Sections)
            {
                foreach (var figure in section.Figures)
                {
                    csv.WriteField(section.Title);
                    csv.WriteField(figure.Label);
                    csv.WriteField(Cell(figure.Current, view.Threshold, figure.Format));
                    csv.WriteField(Cell(figure.Previous, view.Threshold, figure.Format));
                    csv.NextRecord();
                }
            }
        });
    }

    /// <summary>A zip with "cijfers.csv" (all figures) and one numbered CSV per table, in the order of the report.</summary>
    public static byte[] WriteAll(ReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "cijfers.csv", WriteFigures(view));
            var number = 0;
            foreach (var table in view.Sections.SelectMany(s => s.Tables))
            {
                number++;
                Add(zip, $"{number:00}-{ReportNames.Slug(table.Key)}.csv", Write(table, view.Threshold));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>An exact value as a number without thousands separators ("1234", "12,5"); otherwise the cell's text.</summary>
    public static string Cell(Shown shown, int threshold, string format)
    {
        if (!shown.IsExact)
        {
            return shown.Text(threshold, format);
        }

        // A percentage keeps its sign ("78%", which Dutch Excel reads as 0,78); money and counts lose symbol and grouping so they add up.
        if (format.StartsWith('P') || format.StartsWith('p'))
        {
            return shown.Text(threshold, format).Replace("\u00a0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        }

        var decimals = format.Length > 1 && int.TryParse(format.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits : 0;
        return Math.Round(shown.Value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), Dutch);
    }

    private static byte[] Csv(Action<CsvWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, Configuration))
        {
            write(csv);
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }
}
