namespace Netwerkbijeenkomst.Web.MeetingMinutes;

/// <summary>One agenda item in the minutes as people read it; a case item is headed by its label only. <c>Byline</c>: "Ingebracht door …".</summary>
public sealed record MinutesSection(Guid ItemId, bool IsCase, string Heading, string? Byline, IReadOnlyList<MinutesLine> Lines, string? Note);
