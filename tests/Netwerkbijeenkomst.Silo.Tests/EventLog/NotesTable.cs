using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Netwerkbijeenkomst.Silo.Tests.EventLog;

/// <summary>
/// Creates the notes table at start, after the silo's migrations. EnsureCreated would do nothing in a database
/// that already has tables, so the table is created by hand; every node may run this.
/// </summary>
public sealed class NotesTable(IDbContextFactory<NotesDbContext> contexts) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            $"""
            CREATE TABLE IF NOT EXISTS "{NotesDbContext.Table}" (
                "Id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                "Position" INTEGER NOT NULL,
                "StreamId" TEXT NOT NULL,
                "Sequence" INTEGER NOT NULL,
                "Text" TEXT NOT NULL)
            """,
            cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
