using Netwerkbijeenkomst.Grains.Abstractions.Cases;

namespace Netwerkbijeenkomst.Web.Pages.Cases;

/// <summary>A step in one escalation as the case page's form sends it; <see cref="ChangeId"/> is made with the form, so a resend is ignored.</summary>
public sealed class EscalationStep
{
    public Guid EscalationId { get; set; }

    public Guid ChangeId { get; set; }

    public EscalationStatus? Status { get; set; }

    public string? Note { get; set; }
}
