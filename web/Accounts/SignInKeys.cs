namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>The two counters of one sign-in attempt: the client's address and the e-mail address typed.</summary>
public sealed record SignInKeys(string Address, string Account);
