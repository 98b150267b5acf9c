namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>What a network invitation's code says: it works, it worked until its lifetime ran out, or it is not an invitation for this person and network.</summary>
public enum InvitationCodeState
{
    Valid,
    Expired,
    Invalid,
}
