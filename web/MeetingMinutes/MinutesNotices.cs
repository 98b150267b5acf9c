using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Mail;
using Netwerkbijeenkomst.Web.Notifications;

namespace Netwerkbijeenkomst.Web.MeetingMinutes;

/// <summary>
/// Approved minutes go to the people the approval named (the coordinators and active members at that moment), each a
/// mail with the link to the minutes page. Who they are is in the event, so a replay mails the same people.
/// </summary>
internal sealed class MinutesNotices(IGrainFactory grains, IDbContextFactory<AppDbContext> contexts, IOptions<PublicUrlOptions> publicUrl) : INoticeSource
{
    public string Name => "minutes-approved";

    public bool Handles(LoggedEvent logged) => logged?.Event is MinutesApproved;

    public async Task<IReadOnlyList<Notice>> NoticesAsync(LoggedEvent logged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logged);
        var approved = (MinutesApproved)logged.Event;
        var meeting = await grains.GetGrain<IMeetingGrain>(Guid.ParseExact(logged.Key, "N")).GetInvitationAsync();
        var recipients = approved.Recipients.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var networkName = await db.Networks.AsNoTracking().Where(n => n.NetworkId == meeting.NetworkId).Select(n => n.Name).SingleOrDefaultAsync(cancellationToken) ?? "het netwerk";
        var people = await db.Users.AsNoTracking().Where(u => recipients.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var link = publicUrl.Value.Link($"/bijeenkomsten/{meeting.Id}/verslag");

        // Someone who deleted their account since has no address: the mailer could not send to them anyway.
        return [.. approved.Recipients.Where(people.ContainsKey).Select(userId =>
        {
            var (subject, content) = MinutesMail.For(people[userId], networkName, meeting.Title, DutchFormat.DateTime(meeting.StartsAt), link);
            return Notice.From(userId, subject, content);
        })];
    }
}
