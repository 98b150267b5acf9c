using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Netwerkbijeenkomst.Web.Data.Migrations;

/// <summary>The contact persons' answer links (only the hash of each secret), and the HTML alternative of an outbox mail.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261201000000_ContactLinks")]
public sealed class ContactLinks : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "ContactLinks",
            columns: table => new
            {
                LinkId = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                EscalationId = table.Column<Guid>(nullable: false),
                ContactPersonId = table.Column<string>(maxLength: 100, nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: true),
                ExpiresAtUtc = table.Column<DateTime>(nullable: false),
                RevokedAtUtc = table.Column<DateTime>(nullable: true),
                MailClaimedAtUtc = table.Column<DateTime>(nullable: true),
                MailSentAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ContactLinks", x => x.LinkId));
        migrationBuilder.CreateIndex(name: "IX_ContactLinks_TokenHash", table: "ContactLinks", column: "TokenHash", unique: true);
        migrationBuilder.CreateIndex(name: "IX_ContactLinks_EscalationId", table: "ContactLinks", column: "EscalationId");
        migrationBuilder.AddColumn<string>(name: "Html", table: "Outbox", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "ContactLinks");
        migrationBuilder.DropColumn(name: "Html", table: "Outbox");
    }
}
