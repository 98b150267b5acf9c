using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Netwerkbijeenkomst.Web.Data.Migrations;

/// <summary>Running meetings' rooms every so many events, so a cold web node does not fold a whole stream (issue 16).</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261205000000_RoomSnapshots")]
public sealed class RoomSnapshots : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "RoomSnapshots",
            columns: table => new
            {
                MeetingId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
                State = table.Column<string>(nullable: false),
                SavedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_RoomSnapshots", x => x.MeetingId));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "RoomSnapshots");
    }
}
