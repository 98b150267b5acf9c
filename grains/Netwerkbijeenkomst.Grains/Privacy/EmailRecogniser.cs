using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>Finds email addresses with any top-level domain (.nl, .com.tr, .ma, .sr).</summary>
internal sealed partial class EmailRecogniser : IRecogniser
{
    public IEnumerable<PrivacyFinding> Find(string text) =>
        Email().Matches(text).Select(m => new PrivacyFinding(PersonalDataKind.Email, m.Index, m.Length));

    [GeneratedRegex(@"[\p{L}\p{M}0-9._%+\-]+@[\p{L}\p{M}0-9\-]+(?:\.[\p{L}\p{M}0-9\-]+)*\.\p{L}{2,}")]
    private static partial Regex Email();
}
