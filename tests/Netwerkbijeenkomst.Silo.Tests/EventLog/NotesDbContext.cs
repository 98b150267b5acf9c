using Microsoft.EntityFrameworkCore;

namespace Netwerkbijeenkomst.Silo.Tests.EventLog;

/// <summary>A read model of its own in the silo's database, as the web's projections have.</summary>
public sealed class NotesDbContext(DbContextOptions<NotesDbContext> options) : DbContext(options)
{
    public const string Table = "ProjectedNotes";

    public DbSet<ProjectedNote> Notes => Set<ProjectedNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ProjectedNote>(note =>
        {
            note.ToTable(Table);
            note.HasKey(n => n.Id);
        });
}
