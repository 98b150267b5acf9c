using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Web.Privacy;

/// <summary>A piece of a refused text: plain, or a refused part with its kind.</summary>
public sealed record HighlightSegment(string Text, PersonalDataKind? Kind)
{
    /// <summary>The kind as the pages and scripts name it ("bsn", "phone"), for data-kind.</summary>
    public string? Code => Kind is { } kind ? PrivacyKinds.Code(kind) : null;

    /// <summary>The kind in Dutch ("een BSN").</summary>
    public string? Label => Kind is { } kind ? PersonalDataNames.Dutch(kind) : null;
}
