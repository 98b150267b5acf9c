using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Audit;
using Netwerkbijeenkomst.Web.Invitations;
using Netwerkbijeenkomst.Web.Escalations;
using Netwerkbijeenkomst.Web.Listings;
using Netwerkbijeenkomst.Web.Mail;
using Netwerkbijeenkomst.Web.MeetingRoom.Projection;
using Netwerkbijeenkomst.Web.Notifications;
using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Reports.Projection;

namespace Netwerkbijeenkomst.Web.Data;

/// <summary>The web's tables in the application database: accounts, the directory read model, the development outbox, the keys that protect cookies.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public const string MigrationsHistoryTable = "__WebMigrationsHistory";

    public DbSet<NetworkListing> Networks => Set<NetworkListing>();

    public DbSet<NetworkMembership> Memberships => Set<NetworkMembership>();

    public DbSet<MeetingListing> Meetings => Set<MeetingListing>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<OutboxAttachment> OutboxAttachments => Set<OutboxAttachment>();

    public DbSet<SentNotice> SentNotices => Set<SentNotice>();

    public DbSet<NoticeOptOut> NoticeOptOuts => Set<NoticeOptOut>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();

    public DbSet<ContactLinkRow> ContactLinks => Set<ContactLinkRow>();

    public DbSet<MunicipalityProvince> MunicipalityProvinces => Set<MunicipalityProvince>();

    public DbSet<ReportCount> ReportCounts => Set<ReportCount>();

    public DbSet<ReportCaseFact> ReportCases => Set<ReportCaseFact>();

    public DbSet<ReportEscalationFact> ReportEscalations => Set<ReportEscalationFact>();

    public DbSet<ReportInstitution> ReportInstitutions => Set<ReportInstitution>();

    public DbSet<ReportMeetingFact> ReportMeetings => Set<ReportMeetingFact>();

    public DbSet<ReportAttendance> ReportAttendance => Set<ReportAttendance>();

    public DbSet<ReportMeetingGuest> ReportMeetingGuests => Set<ReportMeetingGuest>();

    public DbSet<ReportMember> ReportMembers => Set<ReportMember>();

    public DbSet<ReportMemberSpan> ReportMemberSpans => Set<ReportMemberSpan>();

    public DbSet<ReportActionPointFact> ReportActionPoints => Set<ReportActionPointFact>();

    /// <summary>Running meetings' rooms every so many events, where a node without the room in memory starts its fold.</summary>
    public DbSet<RoomSnapshotRow> RoomSnapshots => Set<RoomSnapshotRow>();

    /// <summary>Shared by every web node, so a cookie or a reset link made on one node is valid on all.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>().Property(u => u.DisplayName).HasMaxLength(120);
        builder.Entity<NetworkListing>(n =>
        {
            n.HasKey(x => x.NetworkId);
            n.Property(x => x.NetworkId).HasMaxLength(100);
            n.Property(x => x.Name).HasMaxLength(120);
            n.Property(x => x.Municipality).HasMaxLength(120);
        });
        builder.Entity<MunicipalityProvince>(m =>
        {
            m.HasKey(x => x.Municipality);
            m.Property(x => x.Municipality).HasMaxLength(120);
            m.Property(x => x.Province).HasMaxLength(40);
        });
        builder.Entity<NetworkMembership>(m =>
        {
            m.HasKey(x => new { x.UserId, x.NetworkId });
            m.Property(x => x.NetworkId).HasMaxLength(100);
            m.Property(x => x.UserId).HasMaxLength(450);
        });
        builder.Entity<MeetingListing>(m =>
        {
            m.HasKey(x => x.MeetingId);
            m.Property(x => x.NetworkId).HasMaxLength(100);
            m.Property(x => x.Title).HasMaxLength(150);
            m.Property(x => x.Status).HasMaxLength(20);
            m.HasIndex(x => new { x.NetworkId, x.StartsAtUtc });
        });
        builder.Entity<AccessLogEntry>(a =>
        {
            a.ToTable("AccessLog");
            a.HasKey(x => x.Id);
            a.Property(x => x.UserId).HasMaxLength(450);
            a.Property(x => x.Role).HasMaxLength(40);
            a.Property(x => x.NetworkId).HasMaxLength(100);
            a.Property(x => x.ObjectType).HasMaxLength(20);
            a.Property(x => x.ObjectId).HasMaxLength(100);
            a.Property(x => x.Action).HasMaxLength(20);
            a.Property(x => x.Result).HasMaxLength(20);
            a.HasIndex(x => new { x.ObjectType, x.ObjectId });
        });
        builder.Entity<ContactLinkRow>(l =>
        {
            l.ToTable("ContactLinks");
            l.HasKey(x => x.LinkId);
            l.Property(x => x.ContactPersonId).HasMaxLength(100);
            l.Property(x => x.TokenHash).HasMaxLength(64);
            l.HasIndex(x => x.TokenHash).IsUnique();
            l.HasIndex(x => x.EscalationId);
        });
        builder.Entity<OutboxMessage>(o =>
        {
            o.HasKey(x => x.Id);
            o.Property(x => x.To).HasMaxLength(256);
            o.Property(x => x.Subject).HasMaxLength(200);
        });
        builder.Entity<OutboxAttachment>(a =>
        {
            a.HasKey(x => x.Id);
            a.Property(x => x.FileName).HasMaxLength(200);
            a.Property(x => x.ContentType).HasMaxLength(200);
            a.HasIndex(x => x.MessageId);
        });
        builder.Entity<RoomSnapshotRow>(r =>
        {
            r.ToTable("RoomSnapshots");
            r.HasKey(x => x.MeetingId);
            r.Property(x => x.MeetingId).ValueGeneratedNever();
        });
        builder.Entity<SentNotice>(n =>
        {
            n.HasKey(x => x.Key);
            n.Property(x => x.Key).HasMaxLength(200);
        });
        ReportTables.Configure(builder);
        builder.Entity<NoticeOptOut>(o =>
        {
            o.HasKey(x => new { x.UserId, x.Kind });
            o.Property(x => x.UserId).HasMaxLength(450);
        });
        builder.Entity<CalendarFeed>(f =>
        {
            f.HasKey(x => x.Id);
            f.Property(x => x.UserId).HasMaxLength(450);
            f.Property(x => x.TokenHash).HasMaxLength(64);
            f.HasIndex(x => x.TokenHash).IsUnique();
            f.HasIndex(x => x.UserId);
        });
    }
}
