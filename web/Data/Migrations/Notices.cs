using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Netwerkbijeenkomst.Web.Data.Migrations;

/// <summary>The after-commit mails' once-only keys and opt-outs, outbox attachments, and the members' calendar feeds.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261202000000_Notices")]
public sealed class Notices : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "OutboxAttachments",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                MessageId = table.Column<long>(nullable: false),
                FileName = table.Column<string>(maxLength: 200, nullable: false),
                ContentType = table.Column<string>(maxLength: 200, nullable: false),
                Content = table.Column<byte[]>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_OutboxAttachments", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_OutboxAttachments_MessageId", table: "OutboxAttachments", column: "MessageId");
        migrationBuilder.CreateTable(
            name: "SentNotices",
            columns: table => new
            {
                Key = table.Column<string>(maxLength: 200, nullable: false),
                ClaimedAtUtc = table.Column<DateTime>(nullable: false),
                SentAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_SentNotices", x => x.Key));
        migrationBuilder.CreateTable(
            name: "NoticeOptOuts",
            columns: table => new
            {
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Kind = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_NoticeOptOuts", x => new { x.UserId, x.Kind }));
        migrationBuilder.CreateTable(
            name: "CalendarFeeds",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                RevokedAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_CalendarFeeds", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_CalendarFeeds_TokenHash", table: "CalendarFeeds", column: "TokenHash", unique: true);
        migrationBuilder.CreateIndex(name: "IX_CalendarFeeds_UserId", table: "CalendarFeeds", column: "UserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "CalendarFeeds");
        migrationBuilder.DropTable(name: "NoticeOptOuts");
        migrationBuilder.DropTable(name: "SentNotices");
        migrationBuilder.DropTable(name: "OutboxAttachments");
    }
}
