namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>A file sent with a mail, such as a meeting's invitation.ics or its minutes as PDF.</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
