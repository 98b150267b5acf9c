using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Web.Privacy;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>One refused part: where it is (UTF-16 offsets into the text as the browser sent it), its kind ("bsn") and the kind in Dutch ("een BSN").</summary>
public sealed record RefusedPart(int Start, int Length, string Kind, string Label)
{
    public static RefusedPart From(PrivacyFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(finding.Start, finding.Length, PrivacyKinds.Code(finding.Kind), PersonalDataNames.Dutch(finding.Kind));
    }
}
