using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Privacy;

namespace Netwerkbijeenkomst.Grains.Tests.Privacy;

public sealed class DutchPersonalDataDetectorTests
{
    private readonly DutchPersonalDataDetector _detector = new();

    [Theory]
    [InlineData("Zijn BSN is 111222333.", PersonalDataKind.Bsn, "111222333")]
    [InlineData("BSN 111.222.333 staat op de brief", PersonalDataKind.Bsn, "111.222.333")]
    [InlineData("burgerservicenummer 65294130 zonder de nul", PersonalDataKind.Bsn, "65294130")]
    [InlineData("Bel 06-12345678 na vijven", PersonalDataKind.Phone, "06-12345678")]
    [InlineData("Mobiel: 0612345678", PersonalDataKind.Phone, "0612345678")]
    [InlineData("vast nummer 030 123 45 67", PersonalDataKind.Phone, "030 123 45 67")]
    [InlineData("via +31 6 12345678 bereikbaar", PersonalDataKind.Phone, "+31 6 12345678")]
    [InlineData("broer in Marokko: +212 6 12 34 56 78", PersonalDataKind.Phone, "+212 6 12 34 56 78")]
    [InlineData("nicht in Turkije 0090 532 123 45 67", PersonalDataKind.Phone, "0090 532 123 45 67")]
    [InlineData("familie in Paramaribo +597 812-3456", PersonalDataKind.Phone, "+597 812-3456")]
    [InlineData("in Paramaribo: tel. 812-3456", PersonalDataKind.Phone, "812-3456")]
    [InlineData("mail naar a.bakker@gmail.com graag", PersonalDataKind.Email, "a.bakker@gmail.com")]
    [InlineData("neef: h.ozturk@posta.com.tr", PersonalDataKind.Email, "h.ozturk@posta.com.tr")]
    [InlineData("rekening NL91 ABNA 0417 1643 00 bij de bank", PersonalDataKind.Iban, "NL91 ABNA 0417 1643 00")]
    [InlineData("IBAN NL91ABNA0417164300", PersonalDataKind.Iban, "NL91ABNA0417164300")]
    [InlineData("woont in 3511 AB", PersonalDataKind.Postcode, "3511 AB")]
    [InlineData("postcode 3511AB", PersonalDataKind.Postcode, "3511AB")]
    [InlineData("ze woont in 3526 kl, naast de kerk", PersonalDataKind.Postcode, "3526 kl")]
    [InlineData("adres: 1012 ab Amsterdam", PersonalDataKind.Postcode, "1012 ab")]
    [InlineData("Het klantnummer weet ik niet, bel 0612345678.", PersonalDataKind.Phone, "0612345678")]
    [InlineData("Zijn dossiernummer staat op de brief; zijn mobiel is 0612345678.", PersonalDataKind.Phone, "0612345678")]
    [InlineData("Bel 0302981456 en noem het klantnummer.", PersonalDataKind.Phone, "0302981456")]
    [InlineData("woont op de Kanaalstraat 12a, drie hoog", PersonalDataKind.Address, "Kanaalstraat 12a")]
    [InlineData("geboren 12 maart 1951 in Nador", PersonalDataKind.Date, "12 maart 1951")]
    [InlineData("geboren 12-3-51 in Nador", PersonalDataKind.Date, "12-3-51")]
    [InlineData("kenteken 12-ABC-3 gezien", PersonalDataKind.Plate, "12-ABC-3")]
    [InlineData("kenteken 1ktb23 gezien", PersonalDataKind.Plate, "1ktb23")]
    public void Identifier_IsFound_WithItsPosition(string text, PersonalDataKind kind, string found)
    {
        var finding = Assert.Single(_detector.Find(text));

        Assert.Equal(kind, finding.Kind);
        Assert.Equal(found, text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("De buurvrouw Fatma kijkt soms naar hem om.", "Fatma")]
    [InlineData("buurvrouw fatma kookt voor hem", "fatma")]
    [InlineData("Mevrouw Bakker gaat niet meer naar buiten.", "Bakker")]
    [InlineData("Het gesprek met meneer De Jong was goed.", "De Jong")]
    [InlineData("Het gesprek met Jan de Jong was goed.", "Jan de Jong")]
    [InlineData("Mustafa wil niet naar het verpleeghuis.", "Mustafa")]
    [InlineData("Mw. Pattiasina is 81.", "Pattiasina")]
    [InlineData("Zijn schoonzoon Dewaldo wil hem naar een verpleeghuis brengen.", "Dewaldo")]
    [InlineData("A. el Amrani komt uit de Rif.", "A. el Amrani")]
    [InlineData("Mevrouw Tjon A Fat spreekt Hakka.", "Tjon A Fat")]
    [InlineData("Gülsüm teyze woont in Zaandam.", "Gülsüm")]
    [InlineData("Zeg het tegen Ayse, zij regelt het.", "Ayse")]
    public void Name_IsFound_WithItsPosition(string text, string found)
    {
        var finding = Assert.Single(_detector.Find(text));

        Assert.Equal(PersonalDataKind.Name, finding.Kind);
        Assert.Equal(found, text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("Tesfay is al jaren mantelzorger voor zijn vader.", "Tesfay")]
    [InlineData("Vanochtend vertelde Abdiqani dat hij slecht slaapt.", "Abdiqani")]
    [InlineData("Ik ging met Nyakio naar de huisarts.", "Nyakio")]
    [InlineData("Wiesław Nowicki woont boven de bakker.", "Wiesław Nowicki")]
    [InlineData("Meilan verstaat geen Nederlands.", "Meilan")]
    [InlineData("Yitbarek (81) wil geen hulp aannemen.", "Yitbarek")]
    [InlineData("Leiwakabessy's kleindochter doet de boodschappen.", "Leiwakabessy")]
    [InlineData("Abdiqani zijn moeder spreekt alleen Somalisch.", "Abdiqani")]
    [InlineData("Zhiqiang, de oudste zoon, regelt de post.", "Zhiqiang")]
    [InlineData("Anouschka van de thuiszorg komt op dinsdag.", "Anouschka")]
    [InlineData("Mwajuma uit Mombasa woont bij haar zoon.", "Mwajuma")]
    [InlineData("Gisteren sprak ik mevrouw de Ruyter over haar huur.", "de Ruyter")]
    public void NameOnNoList_IsFound_WhereAPersonStands(string text, string found)
    {
        var finding = Assert.Single(_detector.Find(text));

        Assert.Equal(PersonalDataKind.Name, finding.Kind);
        Assert.Equal(found, text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("Hodan en Ubah komen uit hetzelfde dorp.", "Hodan", "Ubah")]
    [InlineData("Rahaf, Ghada en Nour koken samen.", "Rahaf", "Ghada", "Nour")]
    [InlineData("Şerafettin en zijn vrouw krijgen geen toeslag; Tsegay en Dawit wel.", "Şerafettin", "Tsegay", "Dawit")]
    public void NamesOnNoList_JoinedByEn_AreEachFound(string text, params string[] names) =>
        Assert.Equal(names, _detector.Find(text).Select(f => text.Substring(f.Start, f.Length)).ToArray());

    [Theory]
    [InlineData("Ze neemt Eliquis, Lyrica en Omeprazol, en sinds kort Ozempic.")]
    [InlineData("Seroquel helpt hem slapen, zegt hij.")]
    [InlineData("Via WhatsApp, Teams of Zoom belt ze met haar zus in Hargeisa.")]
    [InlineData("Hij komt uit Dhuusamarreeb, een stad in Somalië, en woont nu in Gouda.")]
    [InlineData("Damascus en Aleppo zijn kapot, zegt hij.")]
    [InlineData("Op Meskel en met Wigilia komt de familie samen.")]
    [InlineData("Ze spreekt Tigrinya, Amhaars en een beetje Arabisch.")]
    [InlineData("In Januari en op Zaterdag is het buurthuis dicht.")]
    [InlineData("Dagbestedingslocatie is gesloten vanwege de verbouwing.")]
    [InlineData("Hij werkte bij Stork en daarna bij Werkspoor.")]
    [InlineData("De SVB, het UWV en de GGD hebben geen bezwaar.")]
    [InlineData("Injera en Shiro kookt ze voor de buren.")]
    [InlineData("Hij heeft Parkinson en zijn vrouw Alzheimer.")]
    [InlineData("Aan de Overtoom ligt de praktijk, naast de Albert Heijn in Hoog Catharijne.")]
    [InlineData("Ze kijkt naar TRT en zegt steeds Inshallah.")]
    [InlineData("Hij rijdt in zijn Toyota naar de Lidl; haar PostNL-pakket komt morgen.")]
    [InlineData("Kazimierzstraat is een straat in de wijk.")]
    [InlineData("Ze neemt Zaldiar 50 mg en gaat met Lijn 8 naar de markt.")]
    [InlineData("Er komen Ca. 30 mensen, Evt. later meer.")]
    [InlineData("Zij luistert elke ochtend naar Radio Ramazan en leest de Marokkaanse krant.")]
    public void CapitalisedWordsThatAreNoPeople_HaveNoFindings(string text) => Assert.Empty(_detector.Find(text));

    [Theory]
    [InlineData("Hij neemt 1000mg paracetamol per dag.")]
    [InlineData("Het gaat om 123456789 euro aan schulden.")]
    [InlineData("In 1995 SA kwam hij naar Nederland.")]
    [InlineData("Sinds 2019 woont zij alleen, 78 jaar, drie kinderen.")]
    [InlineData("Ze spreekt Tarifit en een beetje Nederlands; de wijkteams 1 en 2 kennen haar.")]
    [InlineData("Zijn buurvrouw kijkt soms naar hem om.")]
    [InlineData("Hij gaat naar de bakker en koopt een roos; zij is nog jong.")]
    [InlineData("Roos of tulp, ze kreeg bloemen van de hele buurt.")]
    [InlineData("Na het Suikerfeest, met Keti Koti en met Pasen is de GGZ dicht; de Wmo, SVB en het UWV ook.")]
    [InlineData("Zij gaat naar Turkije, Marokko, Paramaribo en Utrecht.")]
    [InlineData("In maart, op 12 maart en in december 2026 is er een bijeenkomst.")]
    [InlineData("Zij woont ergens aan de Kanaalstraat, het nummer weet ik niet.")]
    [InlineData("De profeet Mohammed en het Antonius Ziekenhuis.")]
    [InlineData("Netwerkbijeenkomst december 2026")]
    [InlineData("Gast: het buurtteam Noordoost stelt zich voor")]
    [InlineData("In 2019 en 2020 ging hij twee keer naar Nador.")]
    [InlineData("Hij slikt 1000 mg per dag en drinkt 1500 ml water.")]
    [InlineData("Sinds 1995 in Utrecht, daarvoor vanaf 1990 op Curaçao.")]
    [InlineData("Beschikkingsnummer 0301234567 staat op de brief.")]
    [InlineData("Kenmerk: 0612345678")]
    [InlineData("Het dossiernummer bij de gemeente is 0701234567.")]
    [InlineData("Onder klant nr. 0201234567 staat de schuld.")]
    [InlineData("Het verzekeringsnummer 0598712345 staat op de pas.")]
    public void OrdinaryText_HasNoFindings(string text) => Assert.Empty(_detector.Find(text));

    [Fact]
    public void IbanFailingMod97_IsNotReportedAsAnIban()
    {
        Assert.DoesNotContain(_detector.Find("Rekening NL91 ABNA 0417 1643 01 klopt niet."), f => f.Kind == PersonalDataKind.Iban);
        Assert.False(IbanRecogniser.IsValidIban("NL91ABNA0417164301"));
        Assert.True(IbanRecogniser.IsValidIban("NL91ABNA0417164300"));
    }

    [Theory]
    [InlineData("111222333", true)]
    [InlineData("111222334", false)]
    [InlineData("000000000", false)]
    [InlineData("65294130", true)]
    public void ElevenCheck_DecidesWhetherDigitsAreABsn(string digits, bool valid) =>
        Assert.Equal(valid, BsnRecogniser.PassesElevenCheck(digits));

    [Fact]
    public void SeveralFindings_AreReturnedInTextOrder_WithoutOverlap()
    {
        var findings = _detector.Find("Tel 06-12345678 of mail fatma.yilmaz@y.nl, BSN 111222333, mevrouw Yılmaz");

        Assert.Equal([PersonalDataKind.Phone, PersonalDataKind.Email, PersonalDataKind.Bsn, PersonalDataKind.Name], findings.Select(f => f.Kind).ToArray());
    }
}
