using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>Runs the privacy check over every free text of a command and refuses with all findings at once.</summary>
internal static class PrivacyGuard
{
    /// <summary>A case's own description: every kind of detail is refused, with no exceptions.</summary>
    public static void Ensure(this IPrivacyCheck check, params (string Field, string? Text)[] texts) =>
        Refuse(texts.Select(t => Check(t, text => check.Find(text))));

    /// <summary>
    /// A text of <paramref name="kind"/>. The network's people are asked for only when a finding might be one of them,
    /// so an ordinary text costs no call, and a name is judged against the network as it is at this moment.
    /// </summary>
    public static async Task EnsureAsync(this IPrivacyCheck check, TextKind kind, Func<Task<KnownPeople>> knownPeople, params (string Field, string? Text)[] texts)
    {
        ArgumentNullException.ThrowIfNull(knownPeople);
        var refused = texts.Select(t => Check(t, text => check.Find(text, kind, KnownPeople.None))).OfType<FieldFindings>().ToList();
        if (refused.Count == 0)
        {
            return;
        }

        // Only the fields with a finding are checked again, now against the network's people.
        if (kind != TextKind.CaseDescription && refused.Any(f => f.Findings.Any(x => x.Kind is PersonalDataKind.Name or PersonalDataKind.Phone or PersonalDataKind.Email)))
        {
            var known = await knownPeople();
            var refusedFields = refused.Select(f => f.Field).ToHashSet(StringComparer.Ordinal);
            refused = [.. texts.Where(t => refusedFields.Contains(t.Field)).Select(t => Check(t, text => check.Find(text, kind, known))).OfType<FieldFindings>()];
        }

        Refuse(refused);
    }

    private static FieldFindings? Check((string Field, string? Text) field, Func<string, ImmutableArray<PrivacyFinding>> find)
    {
        if (string.IsNullOrEmpty(field.Text))
        {
            return null;
        }

        var findings = find(field.Text);
        return findings.IsEmpty ? null : new FieldFindings(field.Field, findings);
    }

    private static void Refuse(IEnumerable<FieldFindings?> fields)
    {
        var refused = fields.OfType<FieldFindings>().ToImmutableArray();
        if (!refused.IsEmpty)
        {
            throw new PersonalDataRefusedException(refused);
        }
    }
}
