using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Privacy;

namespace Netwerkbijeenkomst.Grains.Tests.Privacy;

public sealed class StructuredIdentifierCheckTests
{
    private readonly StructuredIdentifierCheck _check = new();

    [Theory]
    [InlineData("Zijn BSN is 111222333.", PersonalDataKind.Bsn, "111222333")]
    [InlineData("BSN 111.222.333 staat op de brief", PersonalDataKind.Bsn, "111.222.333")]
    [InlineData("Bel 06-12345678 na vijven", PersonalDataKind.Phone, "06-12345678")]
    [InlineData("Mobiel: 0612345678", PersonalDataKind.Phone, "0612345678")]
    [InlineData("vast nummer 030 123 45 67", PersonalDataKind.Phone, "030 123 45 67")]
    [InlineData("via +31 6 12345678 bereikbaar", PersonalDataKind.Phone, "+31 6 12345678")]
    [InlineData("broer in Marokko: +212 6 12 34 56 78", PersonalDataKind.Phone, "+212 6 12 34 56 78")]
    [InlineData("nicht in Turkije 0090 532 123 45 67", PersonalDataKind.Phone, "0090 532 123 45 67")]
    [InlineData("familie in Paramaribo +597 812-3456", PersonalDataKind.Phone, "+597 812-3456")]
    [InlineData("mail naar a.bakker@gmail.com graag", PersonalDataKind.Email, "a.bakker@gmail.com")]
    [InlineData("neef: h.ozturk@posta.com.tr", PersonalDataKind.Email, "h.ozturk@posta.com.tr")]
    [InlineData("rekening NL91 ABNA 0417 1643 00 bij de bank", PersonalDataKind.Iban, "NL91 ABNA 0417 1643 00")]
    [InlineData("IBAN NL91ABNA0417164300", PersonalDataKind.Iban, "NL91ABNA0417164300")]
    [InlineData("woont in 3511 AB Utrecht", PersonalDataKind.Postcode, "3511 AB")]
    [InlineData("postcode 3511AB", PersonalDataKind.Postcode, "3511AB")]
    public void StructuredIdentifier_IsFound_WithItsPosition(string text, PersonalDataKind kind, string found)
    {
        var finding = Assert.Single(_check.Find(text));

        Assert.Equal(kind, finding.Kind);
        Assert.Equal(found, text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("Hij neemt 1000mg paracetamol per dag.")]
    [InlineData("Het gaat om 123456789 euro aan schulden.")]
    [InlineData("In 1995 SA kwam hij naar Nederland.")]
    [InlineData("Sinds 2019 woont zij alleen, 78 jaar, drie kinderen.")]
    [InlineData("Ze spreekt Tarifit en een beetje Nederlands; de wijkteams 1 en 2 kennen haar.")]
    public void OrdinaryText_HasNoFindings(string text) => Assert.Empty(_check.Find(text));

    [Fact]
    public void IbanFailingMod97_IsNotReportedAsAnIban()
    {
        Assert.DoesNotContain(_check.Find("Rekening NL91 ABNA 0417 1643 01 klopt niet."), f => f.Kind == PersonalDataKind.Iban);
        Assert.False(StructuredIdentifierCheck.IsValidIban("NL91ABNA0417164301"));
        Assert.True(StructuredIdentifierCheck.IsValidIban("NL91ABNA0417164300"));
    }

    [Theory]
    [InlineData("111222333", true)]
    [InlineData("111222334", false)]
    [InlineData("000000000", false)]
    public void ElevenCheck_DecidesWhetherNineDigitsAreABsn(string digits, bool valid) =>
        Assert.Equal(valid, StructuredIdentifierCheck.PassesElevenCheck(digits));

    [Fact]
    public void SeveralFindings_AreReturnedInTextOrder()
    {
        var findings = _check.Find("Tel 06-12345678 of mail x@y.nl, BSN 111222333");

        Assert.Equal([PersonalDataKind.Phone, PersonalDataKind.Email, PersonalDataKind.Bsn], findings.Select(f => f.Kind).ToArray());
    }
}
