using Netwerkbijeenkomst.Web.MeetingMinutes;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The minutes' files on their own: long minutes flow over pages, and typed Markdown stays text.</summary>
public sealed class MinutesFileTests
{
    [Fact]
    public async Task Pdf_FlowsLongMinutesOverPages_AndLosesNoWord()
    {
        var longNote = string.Join(' ', Enumerable.Range(1, 120).Select(i => $"woord{i}")) + " https://lang.voorbeeld.nl/" + new string('q', 150);
        var sections = Enumerable.Range(1, 30)
            .Select(i => new MinutesSection(Guid.NewGuid(), true, $"Casus 2026-{i:000}", "Ingebracht door Wen Li", [new("Advies", $"Advies nummer {i}.")], i == 30 ? longNote : null))
            .ToList();
        var report = new MinutesReport(Guid.NewGuid(), "Netwerk Utrecht", "Netwerkbijeenkomst maart", "dinsdag 9 maart 2027, 19:30", true, "Vastgesteld", ["Wen Li", "Ayşe Kaya"], [], sections, []);

        var text = await Pdftotext.ReadAsync(MinutesPdf.Write(report));

        var words = text.Split((char[])[' ', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("Casus 2026-001", text, StringComparison.Ordinal);
        Assert.Contains("Advies nummer 30.", text, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 120), i => Assert.Contains($"woord{i}", words));
        Assert.Equal(150, text.Count(c => c == 'q'));
        var pages = text.Count(c => c == '\f');
        Assert.True(pages >= 2, $"Expected more than one page, got {pages}.");
        Assert.Contains($"pagina {pages} van {pages}", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Gewoon een zin, met punten. En (haakjes)!", "Gewoon een zin, met punten. En (haakjes)!")]
    [InlineData("*vet* en _schuin_ en <b>html</b> en [link](x)", @"\*vet\* en \_schuin\_ en \<b\>html\</b\> en \[link\](x)")]
    [InlineData("- geen lijst\n1. geen lijst\n# geen kop", "\\- geen lijst\\\n1\\. geen lijst\\\n\\# geen kop")]
    [InlineData("a & b | c ~ d `e`", @"a \& b \| c \~ d \`e\`")]
    public void MarkdownEscape_KeepsTypedTextAsText(string typed, string escaped) => Assert.Equal(escaped, MinutesMarkdown.Escape(typed));
}
