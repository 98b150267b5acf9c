using System.IO.Compression;
using Netwerkbijeenkomst.Grains.Privacy;

namespace Netwerkbijeenkomst.Grains.Tests.Privacy;

public sealed class DutchWordListTests
{
    private readonly DutchWordList _words = DutchWordList.Shared;

    [Fact]
    public void Load_ReadsTheWholeList_WithoutItsHeader()
    {
        Assert.InRange(_words.Count, 350_000, 400_000);
        Assert.False(_words.Contains("#"));
    }

    [Theory]
    [InlineData("bakker")]
    [InlineData("roos")]
    [InlineData("maandag")]
    [InlineData("augustus")]
    [InlineData("paracetamol")]
    [InlineData("amsterdamse")]
    [InlineData("russisch")]
    [InlineData("syrier")]
    [InlineData("a")]
    public void Contains_FindsListedWords_InTheirNormalisedForm(string word) => Assert.True(_words.Contains(word));

    [Theory]
    [InlineData("abdirahman")]
    [InlineData("kowalczyk")]
    [InlineData("tesfamariam")]
    [InlineData("bakkers-")]
    [InlineData("")]
    [InlineData("zielinska")]
    public void Contains_DoesNotFindNamesOrFragments(string word) => Assert.False(_words.Contains(word));

    [Theory]
    [InlineData("teams")]
    [InlineData("thuisadministratie")]
    [InlineData("schuldhulpmaatje")]
    [InlineData("dagbestedingslocatie")]
    [InlineData("mantelzorgwoningaanvraag")]
    public void Knows_AcceptsPluralsAndCompoundsOfListedWords(string word) => Assert.True(_words.Knows(word));

    [Theory]
    [InlineData("warsame")]
    [InlineData("cabdullahi")]
    [InlineData("kartowikromo")]
    [InlineData("umuts")]
    public void Knows_RefusesNamesThatAreNoDutchWords(string word) => Assert.False(_words.Knows(word));

    [Theory]
    [InlineData("woont")]
    [InlineData("belt")]
    [InlineData("leest")]
    [InlineData("leeft")]
    [InlineData("verstaat")]
    [InlineData("praat")]
    [InlineData("wacht")]
    [InlineData("werkte")]
    [InlineData("leefde")]
    [InlineData("verhuisde")]
    public void IsFiniteVerb_AcceptsPresentAndPastSingularOfListedVerbs(string word) => Assert.True(_words.IsFiniteVerb(word));

    [Theory]
    [InlineData("ook")]
    [InlineData("met")]
    [InlineData("mantelzorger")]
    [InlineData("huisarts")]
    [InlineData("woonde-")]
    public void IsFiniteVerb_RefusesOtherWords(string word) => Assert.False(_words.IsFiniteVerb(word));

    [Fact]
    public void Resource_HoldsNormalisedWords_InByteOrder()
    {
        using var stream = typeof(DutchWordList).Assembly.GetManifestResourceStream("Netwerkbijeenkomst.Grains.Privacy.Data.dutch-words.txt.gz")!;
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var previous = "";
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            Assert.Equal(WordList.Normalise(line), line);
            Assert.True(string.CompareOrdinal(previous, line) < 0, $"{line} follows {previous}");
            previous = line;
        }
    }
}
