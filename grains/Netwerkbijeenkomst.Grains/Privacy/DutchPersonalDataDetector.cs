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

    public ImmutableArray<PrivacyFinding> Find(string text) => Find(text, TextKind.CaseDescription, KnownPeople.None);

    public ImmutableArray<PrivacyFinding> Find(string text, TextKind kind, KnownPeople known)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(known);
        var findings = FindAll(text, kind);
        return kind == TextKind.CaseDescription || findings.IsEmpty ? findings : new KnownPeopleFilter(known, NameLexicon.Shared).Apply(text, findings);
    }

    private ImmutableArray<PrivacyFinding> FindAll(string text, TextKind kind)
    {
        var kept = new List<PrivacyFinding>();
        foreach (var recogniser in _recognisers)
        {
            // An organising text is for dates and names (a meeting's date, a guest, a practice named after its doctor);
            // the date still claims its span, so "9-2-2027" is never read as a phone number.
            if (kind is TextKind.Administrative or TextKind.Venue && recogniser is NameRecogniser)
            {
                continue;
            }

            foreach (var finding in recogniser.Find(text).OrderByDescending(f => f.Length))
            {
                if (finding.Length > 0 && !kept.Any(k => finding.Start < k.Start + k.Length && k.Start < finding.Start + finding.Length))
                {
                    kept.Add(finding);
                }
            }
        }

        return [.. kept.Where(f => kind switch
        {
            TextKind.Administrative => f.Kind != PersonalDataKind.Date,

            // A meeting place is a building: its street, number and postcode are what the field is for.
            TextKind.Venue => f.Kind is not (PersonalDataKind.Date or PersonalDataKind.Address or PersonalDataKind.Postcode),
            _ => true,
        }).OrderBy(f => f.Start)];
    }
}
