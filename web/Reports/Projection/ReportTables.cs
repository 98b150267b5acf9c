using Microsoft.EntityFrameworkCore;

namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>The report projection's tables in the web's database (migration Reports).</summary>
internal static class ReportTables
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ReportCount>(c =>
        {
            c.HasKey(x => new { x.NetworkId, x.Month, x.Measure, x.Category });
            c.Property(x => x.NetworkId).HasMaxLength(100);
        });
        builder.Entity<ReportCaseFact>(c =>
        {
            c.HasKey(x => x.CaseId);
            c.Property(x => x.NetworkId).HasMaxLength(100);
        });
        builder.Entity<ReportEscalationFact>(e =>
        {
            e.HasKey(x => x.EscalationId);
            e.Property(x => x.NetworkId).HasMaxLength(100);
            e.HasIndex(x => new { x.NetworkId, x.InCareOn });
        });
        builder.Entity<ReportInstitution>(i =>
        {
            i.HasKey(x => new { x.NetworkId, x.InstitutionId });
            i.Property(x => x.NetworkId).HasMaxLength(100);
            i.Property(x => x.InstitutionId).HasMaxLength(100);
        });
        builder.Entity<ReportMeetingFact>(m =>
        {
            m.HasKey(x => x.MeetingId);
            m.Property(x => x.NetworkId).HasMaxLength(100);
        });
        builder.Entity<ReportAttendance>(a =>
        {
            a.HasKey(x => new { x.MeetingId, x.UserId });
            a.Property(x => x.UserId).HasMaxLength(450);
            a.HasIndex(x => x.UserId);
        });
        builder.Entity<ReportMeetingGuest>(g =>
        {
            g.HasKey(x => new { x.MeetingId, x.ItemId });
            g.Property(x => x.InstitutionId).HasMaxLength(100);
        });
        builder.Entity<ReportMember>(m =>
        {
            m.HasKey(x => new { x.NetworkId, x.UserId });
            m.Property(x => x.NetworkId).HasMaxLength(100);
            m.Property(x => x.UserId).HasMaxLength(450);
        });
        builder.Entity<ReportMemberSpan>(s =>
        {
            s.HasKey(x => x.Id);
            s.Property(x => x.NetworkId).HasMaxLength(100);
            s.Property(x => x.UserId).HasMaxLength(450);
            s.HasIndex(x => new { x.NetworkId, x.UserId });
        });
        builder.Entity<ReportActionPointFact>(p =>
        {
            p.HasKey(x => x.ActionPointId);
            p.Property(x => x.NetworkId).HasMaxLength(100);
            p.HasIndex(x => x.NetworkId);
        });
    }
}
