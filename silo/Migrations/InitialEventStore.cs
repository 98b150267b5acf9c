using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Netwerkbijeenkomst.Silo.EventSourcing;
using Netwerkbijeenkomst.Silo.Reminders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Netwerkbijeenkomst.Silo.Migrations;

/// <summary>
/// Written by hand because EF's design-time package cannot be restored here; a test checks that it builds
/// the same schema as the model. Column types come from each provider's mapping, so it runs on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(EventStoreDbContext))]
[Migration("20261123000000_InitialEventStore")]
public sealed class InitialEventStore : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "Streams",
            columns: table => new
            {
                StreamId = table.Column<string>(maxLength: StreamRow.MaxIdLength, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Streams", x => x.StreamId));

        migrationBuilder.CreateTable(
            name: "Events",
            columns: table => new
            {
                Position = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                StreamId = table.Column<string>(maxLength: StreamRow.MaxIdLength, nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Type = table.Column<string>(maxLength: EventRow.MaxTypeLength, nullable: false),
                Payload = table.Column<string>(nullable: false),
                RecordedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Events", x => x.Position));

        migrationBuilder.CreateIndex(
            name: "IX_Events_StreamId_Sequence",
            table: "Events",
            columns: ["StreamId", "Sequence"],
            unique: true);

        migrationBuilder.CreateTable(
            name: "Reminders",
            columns: table => new
            {
                GrainId = table.Column<string>(maxLength: StreamRow.MaxIdLength, nullable: false),
                Name = table.Column<string>(maxLength: ReminderRow.MaxNameLength, nullable: false),
                StartAt = table.Column<DateTimeOffset>(nullable: false),
                Period = table.Column<TimeSpan>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Reminders", x => new { x.GrainId, x.Name }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "Reminders");
        migrationBuilder.DropTable(name: "Events");
        migrationBuilder.DropTable(name: "Streams");
    }
}
