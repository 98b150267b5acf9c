using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>Runs the privacy check over every free text of a command and refuses with all findings at once.</summary>
internal static class PrivacyGuard
{
    public static void Ensure(this IPrivacyCheck check, params (string Field, string? Text)[] texts)
    {
        var refused = texts
            .Where(t => !string.IsNullOrEmpty(t.Text))
            .Select(t => new FieldFindings(t.Field, check.Find(t.Text!)))
            .Where(f => !f.Findings.IsEmpty)
            .ToImmutableArray();
        if (!refused.IsEmpty)
        {
            throw new PersonalDataRefusedException(refused);
        }
    }
}
