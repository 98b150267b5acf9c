using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>
/// Finds identifying details in free Dutch text: BSN, IBAN, email, phone numbers, postcodes, street addresses,
/// full dates, licence plates and person names. Stateless and thread-safe; its patterns and lists load once.
/// </summary>
public sealed class DutchPersonalDataDetector : IPrivacyCheck
{
    // The order is precedence: where two findings overlap, the one from the earlier recogniser stays.
    private readonly IRecogniser[] _recognisers =
    [
        new EmailRecogniser(),
        new IbanRecogniser(),
        new DateRecogniser(),
        new PhoneRecogniser(),
        new BsnRecogniser(),
        new PlateRecogniser(),
        new PostcodeRecogniser(),
        new AddressRecogniser(NameLexicon.Shared),
        new CuedPhoneRecogniser(),
        new NameRecogniser(NameLexicon.Shared),
    ];

    public ImmutableArray<PrivacyFinding> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = new List<PrivacyFinding>();
        foreach (var recogniser in _recognisers)
        {
            foreach (var finding in recogniser.Find(text).OrderByDescending(f => f.Length))
            {
                if (finding.Length > 0 && !kept.Any(k => finding.Start < k.Start + k.Length && k.Start < finding.Start + finding.Length))
                {
                    kept.Add(finding);
                }
            }
        }

        return [.. kept.OrderBy(f => f.Start)];
    }
}
