namespace Netwerkbijeenkomst.Web.Pages.Meetings;

/// <summary>One item form of the agenda builder: the new-item form or an item's edit form, with its own element ids.</summary>
public sealed record AgendaItemForm(AgendaModel Page, string Prefix, AgendaItemInput Input, bool IsNew, bool WasRefused);
