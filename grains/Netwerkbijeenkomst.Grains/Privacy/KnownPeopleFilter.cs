using System.Collections.Frozen;
using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>
/// Leaves out of a discussion text's findings the network's own people: a name whose every word belongs to the name
/// of one member, coordinator or contact person, and a contact person's work phone or e-mail. Only when nothing else
/// in the text identifies someone: next to an address, a date or any other detail the same name may be a client's,
/// so then every finding stays (docs/privacy.md, "Context").
/// </summary>
internal sealed class KnownPeopleFilter
{
    private readonly FrozenSet<string>[] _names;
    private readonly FrozenSet<string> _phones;
    private readonly FrozenSet<string> _emails;

    public KnownPeopleFilter(KnownPeople known, NameLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(known);
        _names = [.. known.Names.Select(n => Words(n, lexicon).ToFrozenSet(StringComparer.Ordinal)).Where(w => w.Count > 0)];
        _phones = known.Phones.Select(Digits).Where(p => p.Length >= 6).ToFrozenSet(StringComparer.Ordinal);
        _emails = known.Emails.Select(e => e.Trim().ToLowerInvariant()).Where(e => e.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        Lexicon = lexicon;
    }

    private NameLexicon Lexicon { get; }

    public ImmutableArray<PrivacyFinding> Apply(string text, ImmutableArray<PrivacyFinding> findings)
    {
        var known = findings.Select(f => IsKnown(text, f)).ToArray();
        var otherDetails = findings.Where((f, i) => f.Kind != PersonalDataKind.Name && !known[i]).Any();
        return otherDetails || !known.Any(k => k) ? findings : [.. findings.Where((_, i) => !known[i])];
    }

    private bool IsKnown(string text, PrivacyFinding finding)
    {
        var found = text.Substring(finding.Start, finding.Length);
        return finding.Kind switch
        {
            PersonalDataKind.Name => IsKnownName(found),
            PersonalDataKind.Phone => _phones.Contains(Digits(found)),
            PersonalDataKind.Email => _emails.Contains(found.Trim().ToLowerInvariant()),
            _ => false,
        };
    }

    // "Ayşe", "Ayse Demir", "El Amrani", "Mohameds": every word of the finding is a word of one known name.
    private bool IsKnownName(string found)
    {
        var words = Words(found, Lexicon).ToList();
        return words.Count > 0 && _names.Any(name => words.All(w => name.Contains(w) || (w.Length > 2 && w[^1] == 's' && name.Contains(w[..^1]))));
    }

    private static IEnumerable<string> Words(string name, NameLexicon lexicon) =>
        name.Split([' ', '-', '\u00a0', '.', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => WordList.Normalise(w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal) ? w[..^2] : w))
            .Where(w => w.Length > 1 && !lexicon.Particles.Contains(w) && !lexicon.Titles.Contains(w));

    // +31 6 1234 5678, 0031 6-12345678 and 06 12345678 are one number.
    private static string Digits(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        if (phone.TrimStart().StartsWith('+'))
        {
            digits = "00" + digits;
        }

        return digits.StartsWith("0031", StringComparison.Ordinal) ? "0" + digits[4..].TrimStart('0') : digits;
    }
}
