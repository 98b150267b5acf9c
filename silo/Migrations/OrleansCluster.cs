using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Silo.Membership;
using Netwerkbijeenkomst.Silo.Reminders;

namespace Netwerkbijeenkomst.Silo.Migrations;

/// <summary>
/// Orleans' reminder table needs each grain's hash (silos own ranges of it) and an ETag per row; projections keep
/// their checkpoints; silos of a cluster keep their membership. Written by hand like the first migration; the schema test compares the result with the model.
/// </summary>
[DbContext(typeof(EventStoreDbContext))]
[Migration("20261130000000_OrleansCluster")]
public sealed class OrleansCluster : Migration
{
    /// <summary>The names (checkpoints) of the web's projections that existed, as inline subscribers, before this migration.</summary>
    public static readonly string[] AppliedInline = ["listings", "erasure-audit"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        // Rows from before have no hash yet; the reminder table fills it in when it starts.
        migrationBuilder.AddColumn<long>(name: "GrainHash", table: "Reminders", nullable: true);
        migrationBuilder.AddColumn<string>(name: "ETag", table: "Reminders", maxLength: ReminderRow.MaxETagLength, nullable: true);
        migrationBuilder.CreateIndex(name: "IX_Reminders_GrainHash", table: "Reminders", column: "GrainHash");

        migrationBuilder.CreateTable(
            name: "Checkpoints",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: CheckpointRow.MaxNameLength, nullable: false),
                Position = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Checkpoints", x => x.Name));

        // The page lists and the erasure audit ran inline after each commit until now: they have applied every event
        // stored so far and go on from the end. A projection added later starts at 0 and reads the whole history.
        foreach (var applied in AppliedInline)
        {
            migrationBuilder.Sql($"""INSERT INTO "Checkpoints" ("Name", "Position") SELECT '{applied}', COALESCE(MAX("Position"), 0) FROM "Events";""");
        }

        migrationBuilder.CreateTable(
            name: "ClusterVersions",
            columns: table => new
            {
                ClusterId = table.Column<string>(maxLength: MemberRow.MaxNameLength, nullable: false),
                Version = table.Column<int>(nullable: false),
                ETag = table.Column<string>(maxLength: ReminderRow.MaxETagLength, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ClusterVersions", x => x.ClusterId));

        migrationBuilder.CreateTable(
            name: "ClusterMembers",
            columns: table => new
            {
                ClusterId = table.Column<string>(maxLength: MemberRow.MaxNameLength, nullable: false),
                Address = table.Column<string>(maxLength: MemberRow.MaxAddressLength, nullable: false),
                Status = table.Column<int>(nullable: false),
                ProxyPort = table.Column<int>(nullable: false),
                HostName = table.Column<string>(maxLength: MemberRow.MaxNameLength, nullable: false),
                SiloName = table.Column<string>(maxLength: MemberRow.MaxNameLength, nullable: false),
                SuspectTimes = table.Column<string>(nullable: true),
                StartTime = table.Column<DateTimeOffset>(nullable: false),
                IAmAliveTime = table.Column<DateTimeOffset>(nullable: false),
                ETag = table.Column<string>(maxLength: ReminderRow.MaxETagLength, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ClusterMembers", x => new { x.ClusterId, x.Address }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "ClusterMembers");
        migrationBuilder.DropTable(name: "ClusterVersions");
        migrationBuilder.DropTable(name: "Checkpoints");
        migrationBuilder.DropIndex(name: "IX_Reminders_GrainHash", table: "Reminders");
        migrationBuilder.DropColumn(name: "ETag", table: "Reminders");
        migrationBuilder.DropColumn(name: "GrainHash", table: "Reminders");
    }
}
