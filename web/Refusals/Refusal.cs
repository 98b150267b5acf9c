using Netwerkbijeenkomst.Grains.Abstractions;

namespace Netwerkbijeenkomst.Web.Refusals;

/// <summary>What the web makes of a grain's refusal.</summary>
internal static class Refusal
{
    /// <summary>The grains' refusal of someone outside the object's network.</summary>
    public const string MembersOnly = "network.members-only";

    /// <summary>
    /// The refusal means "you may not see this": the object does not exist, or the caller is outside its network. Both are
    /// answered the same way (a page's 404, a hub's "does not exist"), so nobody learns whether a network, meeting or case
    /// they may not see exists.
    /// </summary>
    public static bool IsUnseen(DomainException refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        return refused.Code is MembersOnly or "network.not-found" or "meeting.not-found" or "case.not-found";
    }
}
