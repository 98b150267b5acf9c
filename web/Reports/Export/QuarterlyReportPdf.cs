using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Pdf;
using PdfSharp.Pdf;

namespace Netwerkbijeenkomst.Web.Reports.Export;

/// <summary>
/// The report as an A4 PDF (PDFsharp 6.2.4): title, summary, per section its figures against the previous period and its
/// tables, then the charts drawn as vector graphics, and what "&lt; 5" and "afgeschermd" mean. It renders the view only:
/// a cell shows its value when it is exact and its Dutch text otherwise.
/// </summary>
public static class QuarterlyReportPdf
{
    public const string ContentType = "application/pdf";

    public static byte[] Render(ReportView view, DateTimeOffset madeAt)
    {
        ArgumentNullException.ThrowIfNull(view);
        var fonts = ReportPdfFonts.Create();
        var title = ReportNames.Title(view);
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Subject = "Cijfers van het netwerk van vertrouwenspersonen";
        document.Language = "nl-NL";
        using (var flow = new PdfFlow(document))
        {
            Heading(flow, fonts, view, title, madeAt);
            Summary(flow, fonts, view);
            foreach (var section in view.Sections)
            {
                Section(flow, fonts, view, section);
            }

            Charts(flow, fonts, view);
            AboutTheFigures(flow, fonts, view.Threshold);
            flow.Footers(title, fonts.Small, $"< {view.Threshold}: een aantal van 1 tot en met {view.Threshold - 1} · afgeschermd: verborgen zodat een klein aantal niet terug te rekenen is");
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static void Heading(PdfFlow flow, ReportPdfFonts fonts, ReportView view, string title, DateTimeOffset madeAt)
    {
        flow.Text(title, fonts.Title);
        flow.Space(2);
        var lastDay = view.Period.Last.AddMonths(1).AddDays(-1);
        flow.Text($"Periode: {DutchFormat.Date(view.Period.First)} t/m {DutchFormat.Date(lastDay)}, vergeleken met {view.Previous.Label}.", fonts.Body);
        if (!view.Parts.IsDefaultOrEmpty)
        {
            var kind = view.Scope.Kind == ReportScopeKind.Province ? "Gemeenten in deze provincie" : "Netwerken in deze gemeente";
            flow.Text(string.Join(", ", view.Parts.Select(p => p.Name)), fonts.Body, prefix: $"{kind}:", prefixFont: fonts.Bold);
        }

        flow.Text($"Gemaakt op {DutchFormat.Date(DutchFormat.Today(madeAt))}.", fonts.Body);
        flow.Space(12);
    }

    private static void Summary(PdfFlow flow, ReportPdfFonts fonts, ReportView view)
    {
        var sentences = view.Narrative.IsDefaultOrEmpty ? ReportNarrative.Compose(view.Sections, view.Period, view.Previous) : view.Narrative;
        flow.KeepTogether(40);
        flow.Text("Samenvatting", fonts.Heading);
        flow.Space(2);
        if (sentences.IsEmpty)
        {
            flow.Text("Er zijn nog geen cijfers voor deze periode.", fonts.Body);
        }

        foreach (var sentence in sentences)
        {
            flow.Text(sentence, fonts.Body, indent: 10, prefix: "•");
        }

        flow.Space(12);
    }

    private static void Section(PdfFlow flow, ReportPdfFonts fonts, ReportView view, FigureSection section)
    {
        flow.KeepTogether(90);
        flow.Text(section.Title, fonts.Heading);
        flow.Space(4);
        if (!section.Figures.IsDefaultOrEmpty)
        {
            var rows = section.Figures
                .Select(f => new PdfTableRow(f.Label, f.Explanation, [Cell(f.Current, view.Threshold, f.Format), Cell(f.Previous, view.Threshold, f.Format)]))
                .ToList();
            ReportPdfTable.Draw(flow, fonts, "Cijfer", [view.Period.Label, view.Previous.Label], rows);
            flow.Space(10);
        }

        foreach (var table in section.Tables.IsDefault ? [] : section.Tables)
        {
            flow.KeepTogether(70);
            flow.Text(table.Title, fonts.Subheading);
            flow.Space(2);
            var rows = table.Rows.Select(r => new PdfTableRow(r.Label, null, r.Cells.Select(c => Cell(c, view.Threshold, table.Format)).ToList())).ToList();
            ReportPdfTable.Draw(flow, fonts, "", table.Columns, rows);
            flow.Space(10);
        }

        flow.Space(6);
    }

    private static void Charts(PdfFlow flow, ReportPdfFonts fonts, ReportView view)
    {
        if (view.Charts.IsDefaultOrEmpty)
        {
            return;
        }

        var tables = view.Sections.SelectMany(s => s.Tables).ToDictionary(t => t.Key, StringComparer.Ordinal);
        flow.PageBreak();
        flow.Text("Grafieken", fonts.Heading);
        flow.Text("Elke grafiek toont dezelfde cijfers als de tabel die eronder genoemd wordt. Alleen exacte waarden zijn getekend: waar een waarde kleiner is dan " +
            $"{view.Threshold}, afgeschermd is of op te weinig gegevens rust, blijft de lijn open of ontbreekt de staaf.", fonts.Body);
        flow.Space(10);
        foreach (var chart in view.Charts)
        {
            var table = tables.GetValueOrDefault(chart.TableKey);
            var height = ReportPdfChart.Height(chart);
            flow.KeepTogether(height + 60);
            flow.Text(chart.Title, fonts.Subheading);
            flow.Space(4);
            flow.Block(height, (graphics, area) => ReportPdfChart.Draw(graphics, area, chart, table?.Format ?? "N0", view.Threshold, fonts));
            flow.Space(4);
            if (table is not null)
            {
                flow.Text($"De cijfers staan in de tabel ‘{table.Title}’.", fonts.Small);
            }

            if (chart.Series.Any(s => s.Points.Any(p => !p.IsExact)))
            {
                flow.Text("Niet getekend: waarden die klein of afgeschermd zijn of op te weinig gegevens rusten.", fonts.Small);
            }

            flow.Space(14);
        }
    }

    private static void AboutTheFigures(PdfFlow flow, ReportPdfFonts fonts, int threshold)
    {
        flow.Space(6);
        flow.KeepTogether(110);
        flow.Text("Over de cijfers", fonts.Heading);
        flow.Space(2);
        flow.Text($"een aantal van 1 tot en met {threshold - 1}. Kleine aantallen kunnen in een kleine gemeenschap naar een persoon wijzen en worden daarom niet precies getoond.", fonts.Body, prefix: $"< {threshold}:", prefixFont: fonts.Bold);
        flow.Text("een cijfer dat verborgen is zodat een klein aantal niet terug te rekenen is uit een totaal, uit de andere cellen van de tabel of uit het verschil met een andere periode.", fonts.Body, prefix: "afgeschermd:", prefixFont: fonts.Bold);
        flow.Text($"een mediaan of gemiddelde over minder dan {threshold} gevallen wordt niet getoond.", fonts.Body, prefix: "te weinig gegevens:", prefixFont: fonts.Bold);
        flow.Space(4);
        flow.Text("Deze rapportage bevat geen namen, geen teksten van casussen en geen cijfers per persoon.", fonts.Body);
    }

    private static PdfTableCell Cell(Shown shown, int threshold, string format) => new(shown.Text(threshold, format), shown.IsExact);
}
