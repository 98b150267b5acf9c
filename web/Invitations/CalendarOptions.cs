using System.ComponentModel.DataAnnotations;

namespace Netwerkbijeenkomst.Web.Invitations;

/// <summary>Calendar: the organiser address in invitations (calendar programs show it; replies go there).</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    [Required]
    [EmailAddress]
    public string OrganizerEmail { get; set; } = "";
}
