using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Escalations;

/// <summary>
/// Keeps the contact persons' answer links from the case events, from its checkpoint in the event log: a new link
/// becomes a row waiting for its mail (<see cref="ContactLinkMailer"/>), a revoked one is marked.
/// </summary>
internal sealed class ContactLinksProjection : IEventProjection<AppDbContext>
{
    public const string CasePrefix = "case/";

    public string Name => "contact-links";

    public bool Handles(LoggedEvent logged) => logged?.Event is ContactLinkIssued or ContactLinkRevoked;

    public async Task ApplyAsync(AppDbContext db, IReadOnlyList<LoggedEvent> events, CancellationToken cancellationToken)
    {
        foreach (var logged in events)
        {
            switch (logged.Event)
            {
                case ContactLinkIssued issued:
                    // A new link replaces the old one, in the grain as here: the old one stops working and gets no mail.
                    foreach (var earlier in db.ContactLinks.Local.Where(l => l.EscalationId == issued.EscalationId && l.RevokedAtUtc is null)
                        .Concat(db.ContactLinks.Where(l => l.EscalationId == issued.EscalationId && l.RevokedAtUtc == null)))
                    {
                        earlier.RevokedAtUtc = issued.At.UtcDateTime;
                    }

                    db.ContactLinks.Add(new ContactLinkRow
                    {
                        LinkId = issued.LinkId,
                        CaseId = Guid.ParseExact(logged.StreamId[CasePrefix.Length..], "N"),
                        EscalationId = issued.EscalationId,
                        ContactPersonId = issued.ContactPersonId,
                        ExpiresAtUtc = issued.ExpiresAt.UtcDateTime,
                    });
                    break;
                case ContactLinkRevoked revoked:
                    if (await db.ContactLinks.FindAsync([revoked.LinkId], cancellationToken) is { } row)
                    {
                        row.RevokedAtUtc = revoked.At.UtcDateTime;
                    }

                    break;
            }
        }
    }
}
