using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Web.Privacy;

/// <summary>How the web names a kind of personal data to scripts and styles: the check while typing, the hub's refusals and the pages agree.</summary>
public static class PrivacyKinds
{
    public static string Code(PersonalDataKind kind) => kind.ToString().ToLowerInvariant();
}
