namespace Netwerkbijeenkomst.Web.MeetingMinutes;

/// <summary>One labelled line under an agenda item: "Advies: …", "Actiepunt: …".</summary>
public sealed record MinutesLine(string Label, string Text);
