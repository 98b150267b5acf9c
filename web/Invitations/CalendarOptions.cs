using System.ComponentModel.DataAnnotations;

namespace Netwerkbijeenkomst.Web.Invitations;

/// <summary>Calendar: the organiser address in invitations (calendar programs show it; replies go there).</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    [Required(ErrorMessage = "Calendar:OrganizerEmail ontbreekt: het adres van de organisator in uitnodigingen.")]
    [EmailAddress(ErrorMessage = "Calendar:OrganizerEmail is geen e-mailadres.")]
    public string OrganizerEmail { get; set; } = "";
}
