using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Web.Privacy;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// The answer of a hub command whose text a grain refused for personal data (null when it was stored): one Dutch
/// sentence for the alert and, per field, the refused parts, so the room shows the person's own text with them marked.
/// </summary>
public sealed record PrivacyRefusal(string Message, ImmutableArray<RefusedField> Fields)
{
    /// <summary>The refusal with each finding placed on the text the browser sent for its field (<paramref name="sent"/>).</summary>
    public static PrivacyRefusal From(PersonalDataRefusedException refused, params (string Field, string? Text)[] sent)
    {
        ArgumentNullException.ThrowIfNull(refused);
        ArgumentNullException.ThrowIfNull(sent);
        return new(
            PrivacyMessages.NothingStored,
            [
                .. refused.Fields.Select(field => new RefusedField(
                    field.Field,
                    [.. SentTextFindings.Place(sent.FirstOrDefault(s => s.Field == field.Field).Text, field.Findings).Select(RefusedPart.From)])),
            ]);
    }
}
