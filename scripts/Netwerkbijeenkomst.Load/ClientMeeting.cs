namespace Netwerkbijeenkomst.Load;

/// <summary>One meeting in a client plan: per participant (the chair first) a session cookie and the web node to connect to.</summary>
internal sealed record ClientMeeting(Guid Id, IReadOnlyList<string> Cookies, IReadOnlyList<Uri> Urls);
