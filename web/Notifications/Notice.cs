namespace Netwerkbijeenkomst.Web.Notifications;

// A minimal copy of main's Notice (without attachments and kind, which the minutes do not use); replaced by main's at the merge.

/// <summary>One mail to one account, plain text and HTML.</summary>
public sealed record Notice(string UserId, string Subject, string Text, string Html);
