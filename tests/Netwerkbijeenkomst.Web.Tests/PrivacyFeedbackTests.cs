using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Web.Privacy;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>A refused text is shown as sent, with the grain's findings (offsets in the trimmed text) on the right words.</summary>
public sealed class PrivacyFeedbackTests
{
    [Fact]
    public void Findings_InATextSentWithLeadingBlanks_MarkTheRefusedWords()
    {
        const string sent = "\n  Bel 06-12345678 of mail a.b@example.nl ";
        var trimmed = sent.Trim();
        var feedback = new PrivacyFeedback("text", sent, [Finding(PersonalDataKind.Email, trimmed, "a.b@example.nl"), Finding(PersonalDataKind.Phone, trimmed, "06-12345678")]);

        Assert.Equal(
            [("\n  Bel ", null), ("06-12345678", "phone"), (" of mail ", null), ("a.b@example.nl", "email"), (" ", null)],
            feedback.Segments.Select(s => (s.Text, s.Code)));
        Assert.Equal(["een telefoonnummer", "een e-mailadres"], feedback.Kinds.ToArray());
    }

    [Fact]
    public void Findings_ThatOverlapOrFallOutsideTheText_AreLeftUnmarked()
    {
        var feedback = new PrivacyFeedback("text", "Kanaalstraat 12", [new(PersonalDataKind.Address, 0, 15), new(PersonalDataKind.Name, 0, 12), new(PersonalDataKind.Bsn, 10, 40)]);

        var segment = Assert.Single(feedback.Segments);
        Assert.Equal(("Kanaalstraat 12", PersonalDataKind.Address), (segment.Text, segment.Kind));
        Assert.Equal(["een adres"], feedback.Kinds.ToArray());
    }

    [Fact]
    public void Feedback_ForAFieldThatWasNotRefused_IsEmpty()
    {
        var feedback = PrivacyFeedback.For("reason", "Een reden", [new FieldFindings("title", [new(PersonalDataKind.Date, 0, 3)])]);

        Assert.Empty(feedback.Segments);
        Assert.Empty(feedback.Kinds);
        Assert.Equal("privacy-reason", feedback.Id);
    }

    private static PrivacyFinding Finding(PersonalDataKind kind, string text, string words) => new(kind, text.IndexOf(words, StringComparison.Ordinal), words.Length);
}
