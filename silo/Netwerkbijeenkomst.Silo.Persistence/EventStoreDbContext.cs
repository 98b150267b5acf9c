using Microsoft.EntityFrameworkCore;

namespace Netwerkbijeenkomst.Silo.Persistence;

/// <summary>The silo's tables in the application database: event streams, their events, and reminders.</summary>
public sealed class EventStoreDbContext(DbContextOptions<EventStoreDbContext> options) : DbContext(options)
{
    /// <summary>Kept apart from the application's own migrations history so both contexts can share one database.</summary>
    public const string MigrationsHistoryTable = "__SiloMigrationsHistory";

    internal DbSet<StreamRow> Streams => Set<StreamRow>();

    internal DbSet<EventRow> Events => Set<EventRow>();

    internal DbSet<ReminderRow> Reminders => Set<ReminderRow>();

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
        });
    }
}
