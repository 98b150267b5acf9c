namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>A file sent with a mail. (Private copy of the contract being built on main.)</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
