using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Reports.Projection;

namespace Netwerkbijeenkomst.Web.Tests.Reports;

/// <summary>A migrated web database of its own with the report projection applied to it, batch by batch.</summary>
internal sealed class ReportDatabase : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "netwerkbijeenkomst-tests", "reports-" + Guid.NewGuid().ToString("N"));

    public ReportDatabase() => Directory.CreateDirectory(_folder);

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "reports.db")}";

    public AppDbContext Context() =>
        new(new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(ConnectionString, sql => sql.MigrationsHistoryTable(AppDbContext.MigrationsHistoryTable))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);

    public async Task MigrateAsync()
    {
        await using var db = Context();
        await db.Database.MigrateAsync();
    }

    public async Task ApplyAsync(IEnumerable<LoggedEvent> events)
    {
        await using var db = Context();
        await new ReportsProjection().ApplyAsync(db, [.. events], CancellationToken.None);
        await db.SaveChangesAsync();
    }

    public async Task<int> CountAsync(string networkId, ReportMeasure measure, int? category = null)
    {
        await using var db = Context();
        return await db.ReportCounts.Where(c => c.NetworkId == networkId && c.Measure == measure && (category == null || c.Category == category)).SumAsync(c => c.Count);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
