using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Netwerkbijeenkomst.Grains.Privacy;

namespace Netwerkbijeenkomst.Benchmarks;

/// <summary>
/// The privacy check of a case text of 2,000 characters, as the case form runs it while typing and a grain before it
/// stores a text, and the one-time loading of the Dutch word list it consults (docs/privacy.md, "Speed").
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet runs only non-sealed benchmark classes.</remarks>
public class PrivacyCheckBenchmarks
{
    // Sentences of the kinds volunteers write: names on the lists and on none, numbers, places, medicines, institutions.
    private static readonly string[] Sentences =
    [
        "Meneer Warsame (79) kwam in 1991 uit Mogadishu naar Nederland en woont sinds de dood van zijn vrouw alleen in Overvecht.",
        "Zijn dochter Hodan woont in Birmingham en belt elke zondag via WhatsApp, maar komt hooguit één keer per jaar langs.",
        "Sinds de val in maart loopt hij met een rollator; de fysiotherapeut komt twee keer per week.",
        "Hij gebruikt Metformine, Eliquis en Omeprazol en vergeet ze geregeld, vooral tijdens de ramadan.",
        "De huisarts denkt aan beginnende dementie, maar meneer wil niet naar de geheugenpoli van het Diakonessenhuis.",
        "Buurvrouw Fatma kookt soms voor hem en heeft het nummer van zijn zoon: 06-41234567.",
        "Abdiqani, de jongste zoon, werkt in ploegendienst bij PostNL en heeft weinig tijd voor de administratie.",
        "Er liggen brieven van de Belastingdienst over een terugvordering van de huurtoeslag; het kenmerk is 0302145876.",
        "Het nieuwe adres van de zoon is Kastanjelaan 27, 3571 rn Utrecht.",
        "In de moskee aan de Kanaalstraat zit hij elke vrijdag bij de mannen uit Hargeisa en Baidoa.",
        "Hij spreekt Somalisch en een beetje Arabisch; Nederlands verstaat hij nauwelijks, dus een tolk is nodig.",
        "Gisteren vertelde Ubah van het sociaal wijkteam dat de Wmo een traplift niet vergoedt in een huurwoning van Mitros.",
        "De vraag aan het netwerk: hoe krijgen we de familie betrokken zonder dat meneer zich schaamt?",
        "Zijn rekening NL91 ABNA 0417 1643 00 staat rood en de SVB heeft zijn AOW gekort omdat hij lang in Somalië was.",
        "Met Keti Koti en het Suikerfeest is het buurthuis dicht; dan is hij het meest alleen.",
        "Kowalczyk van de thuiszorg zegt dat de koelkast vaak leeg is.",
        "Op 12 maart heeft de ouderenadviseur een huisbezoek gedaan; meneer was vriendelijk maar wantrouwig.",
        "Hij vertelde over zijn werk bij Hoogovens in de jaren zeventig en over zijn broer in Kismayo.",
        "Zijn kleinzoon Cabdullahi studeert in Groningen en wil helpen met DigiD en MijnOverheid.",
        "Een buurman heeft hem naar de Voedselbank verwezen, maar hij wil geen hulp van vreemden.",
        "Wie kent een Somalische vrijwilliger die hem kan bezoeken en de brieven kan uitleggen?",
    ];

    private readonly DutchPersonalDataDetector _detector = new();
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        var text = string.Join(" ", Sentences);
        _text = text.Length >= 2_000 ? text[..text.LastIndexOf(' ', 2_000)] : text;
        // Loads the lists and the word list once, as the first check in a process does.
        _detector.Find(_text);
    }

    [Benchmark(Description = "check a 2,000-character case text")]
    public int CheckCaseText() => _detector.Find(_text).Length;

    [Benchmark(Description = "load the Dutch word list (once per process)")]
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "BenchmarkDotNet runs instance methods.")]
    public int LoadWordList() => DutchWordList.Load().Count;
}
