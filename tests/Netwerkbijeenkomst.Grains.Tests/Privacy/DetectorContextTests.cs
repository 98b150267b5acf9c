using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Privacy;

namespace Netwerkbijeenkomst.Grains.Tests.Privacy;

/// <summary>The detector reads a text by its kind and leaves out the network's own people where the kind allows them.</summary>
public sealed class DetectorContextTests
{
    private static readonly DutchPersonalDataDetector Detector = new();

    private static readonly KnownPeople Network = new(
        ["Ayşe Demir", "Mohamed El Amrani", "Joke van der Visser-Bakker"],
        ["030 262 14 87", "+31 6 2345 6789"],
        ["J.Visser@Buurtteam.example"]);

    [Theory]
    [InlineData("Dank je Mohamed, dat ga ik proberen.")]
    [InlineData("Ayse belt de huisarts.")]
    [InlineData("AYŞE en Mohamed El Amrani gaan samen.")]
    [InlineData("Doorgeven aan Ayşe.")]
    [InlineData("Mohameds idee was goed.")]
    [InlineData("Ayşe's voorstel: eerst de dochter bellen.")]
    [InlineData("Joke van der Visser neemt het op met de wijkverpleging.")]
    [InlineData("Bel Joke op 030-2621487 of mail j.visser@buurtteam.example.")]
    [InlineData("Het mobiele nummer van Joke is 06 23456789.")]
    public void AKnownPerson_PassesInDiscussion(string text) =>
        Assert.Empty(Detector.Find(text, TextKind.Discussion, Network));

    [Theory]
    [InlineData("Dank je Mohamed, dat ga ik proberen.")]
    [InlineData("Ayşe kent de familie al jaren.")]
    [InlineData("Bel Joke op 030-2621487.")]
    public void AKnownPerson_IsRefused_InACaseDescription(string text)
    {
        Assert.NotEmpty(Detector.Find(text, TextKind.CaseDescription, Network));
        Assert.Equal(Detector.Find(text).ToArray(), Detector.Find(text, TextKind.CaseDescription, Network).ToArray());
    }

    [Fact]
    public void AKnownName_NextToAnAddress_IsRefusedWithIt()
    {
        const string Text = "Mohamed woont op de Kanaalstraat 12.";

        var findings = Detector.Find(Text, TextKind.Discussion, Network);

        Assert.Equal(["Mohamed", "Kanaalstraat 12"], findings.Select(f => Text.Substring(f.Start, f.Length)));
    }

    [Theory]
    [InlineData("Ayşe Yılmaz komt niet meer naar de moskee.", "Ayşe Yılmaz")]
    [InlineData("Mohamed sprak met meneer Benali.", "Benali")]
    [InlineData("Bel Joke niet op 06-12345678 maar op haar werk.", "Joke")]
    public void AStranger_IsRefused_InDiscussion_EvenBesideAColleague(string text, string stranger)
    {
        var findings = Detector.Find(text, TextKind.Discussion, Network);

        Assert.Contains(findings, f => text.Substring(f.Start, f.Length).Contains(stranger, StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownPhoneNumber_IsRefused_InDiscussion()
    {
        const string Text = "Ayşe belt 06-12345678.";

        var findings = Detector.Find(Text, TextKind.Discussion, Network);

        Assert.Contains(findings, f => f.Kind == PersonalDataKind.Phone);
    }

    [Theory]
    [InlineData("Netwerkbijeenkomst 9 februari 2027")]
    [InlineData("Themavond 16-02-2027")]
    [InlineData("Gast: Hanneke Bosman van Humanitas")]
    [InlineData("Huisartsenpraktijk Jansen & Bakker")]
    [InlineData("Buurthuis De Roos, Overvecht")]
    public void AnOrganisingText_MayHoldDatesAndNames(string text) =>
        Assert.Empty(Detector.Find(text, TextKind.Administrative, KnownPeople.None));

    [Theory]
    [InlineData("Aanmelden via 06-12345678", PersonalDataKind.Phone)]
    [InlineData("Aanmelden via info.fatma@example.nl", PersonalDataKind.Email)]
    [InlineData("Bij mevrouw thuis, Kanaalstraat 12", PersonalDataKind.Address)]
    [InlineData("Bijdrage op NL91ABNA0417164300", PersonalDataKind.Iban)]
    [InlineData("BSN 123456782", PersonalDataKind.Bsn)]
    [InlineData("Bijeenkomst in 3526 KL Utrecht", PersonalDataKind.Postcode)]
    public void AnOrganisingText_RefusesContactDetailsAndNumbers(string text, PersonalDataKind kind) =>
        Assert.Equal(kind, Assert.Single(Detector.Find(text, TextKind.Administrative, KnownPeople.None)).Kind);

    [Fact]
    public void ADateInAnOrganisingText_IsNotReadAsAPhoneNumber() =>
        Assert.Empty(Detector.Find("Bijeenkomst 09-02-2027 19:30", TextKind.Administrative, KnownPeople.None));
}
