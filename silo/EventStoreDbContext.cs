using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Silo.EventSourcing;
using Netwerkbijeenkomst.Silo.Membership;
using Netwerkbijeenkomst.Silo.Reminders;

namespace Netwerkbijeenkomst.Silo;

/// <summary>The silo's tables in the application database: event streams, their events, reminders, and consumer checkpoints.</summary>
public sealed class EventStoreDbContext(DbContextOptions<EventStoreDbContext> options) : DbContext(options)
{
    /// <summary>Kept apart from the application's own migrations history so both contexts can share one database.</summary>
    public const string MigrationsHistoryTable = "__SiloMigrationsHistory";

    internal DbSet<StreamRow> Streams => Set<StreamRow>();

    internal DbSet<EventRow> Events => Set<EventRow>();

    internal DbSet<ReminderRow> Reminders => Set<ReminderRow>();

    internal DbSet<CheckpointRow> Checkpoints => Set<CheckpointRow>();

    internal DbSet<ClusterVersionRow> ClusterVersions => Set<ClusterVersionRow>();

    internal DbSet<MemberRow> ClusterMembers => Set<MemberRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StreamRow>(stream =>
        {
            stream.ToTable("Streams");
            stream.HasKey(s => s.StreamId);
            stream.Property(s => s.StreamId).HasMaxLength(StreamRow.MaxIdLength);
        });

        modelBuilder.Entity<EventRow>(evt =>
        {
            evt.ToTable("Events");
            evt.HasKey(e => e.Position);
            evt.Property(e => e.Position).ValueGeneratedOnAdd();
            evt.Property(e => e.StreamId).HasMaxLength(StreamRow.MaxIdLength);
            evt.Property(e => e.Type).HasMaxLength(EventRow.MaxTypeLength);
            evt.HasIndex(e => new { e.StreamId, e.Sequence }).IsUnique();
        });

        modelBuilder.Entity<ReminderRow>(reminder =>
        {
            reminder.ToTable("Reminders");
            reminder.HasKey(r => new { r.GrainId, r.Name });
            reminder.Property(r => r.GrainId).HasMaxLength(StreamRow.MaxIdLength);
            reminder.Property(r => r.Name).HasMaxLength(ReminderRow.MaxNameLength);
            reminder.Property(r => r.ETag).HasMaxLength(ReminderRow.MaxETagLength);
            reminder.HasIndex(r => r.GrainHash);
        });

        modelBuilder.Entity<CheckpointRow>(checkpoint =>
        {
            checkpoint.ToTable("Checkpoints");
            checkpoint.HasKey(c => c.Name);
            checkpoint.Property(c => c.Name).HasMaxLength(CheckpointRow.MaxNameLength);
        });

        modelBuilder.Entity<ClusterVersionRow>(version =>
        {
            version.ToTable("ClusterVersions");
            version.HasKey(v => v.ClusterId);
            version.Property(v => v.ClusterId).HasMaxLength(MemberRow.MaxNameLength);
            version.Property(v => v.ETag).HasMaxLength(ReminderRow.MaxETagLength);
        });

        modelBuilder.Entity<MemberRow>(member =>
        {
            member.ToTable("ClusterMembers");
            member.HasKey(m => new { m.ClusterId, m.Address });
            member.Property(m => m.ClusterId).HasMaxLength(MemberRow.MaxNameLength);
            member.Property(m => m.Address).HasMaxLength(MemberRow.MaxAddressLength);
            member.Property(m => m.HostName).HasMaxLength(MemberRow.MaxNameLength);
            member.Property(m => m.SiloName).HasMaxLength(MemberRow.MaxNameLength);
            member.Property(m => m.ETag).HasMaxLength(ReminderRow.MaxETagLength);
        });
    }
}
