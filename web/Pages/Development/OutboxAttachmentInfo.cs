namespace Netwerkbijeenkomst.Web.Pages.Development;

/// <summary>An outbox attachment as the outbox page lists it, without its content.</summary>
public sealed record OutboxAttachmentInfo(long Id, long MessageId, string FileName, int Size);
