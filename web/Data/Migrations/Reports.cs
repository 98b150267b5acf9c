using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Netwerkbijeenkomst.Web.Data.Migrations;

/// <summary>The report projection's counts per network, month, measure and category, and the facts that count things once.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261204000000_Reports")]
public sealed class Reports : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "ReportCounts",
            columns: table => new
            {
                NetworkId = table.Column<string>(maxLength: 100, nullable: false),
                Month = table.Column<DateOnly>(nullable: false),
                Measure = table.Column<int>(nullable: false),
                Category = table.Column<int>(nullable: false),
                Count = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReportCounts", x => new { x.NetworkId, x.Month, x.Measure, x.Category }));
        migrationBuilder.CreateTable(
            name: "ReportCases",
            columns: table => new
            {
                CaseId = table.Column<Guid>(nullable: false),
                NetworkId = table.Column<string>(maxLength: 100, nullable: false),
                AgeBand = table.Column<int>(nullable: false),
                Themes = table.Column<int>(nullable: false),
                Community = table.Column<int>(nullable: false),
                Submitted = table.Column<bool>(nullable: false),
                Discussed = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReportCases", x => x.CaseId));
        migrationBuilder.CreateTable(
            name: "ReportEscalations",
            columns: table => new
            {
                EscalationId = table.Column<Guid>(nullable: false),
                NetworkId = table.Column<string>(maxLength: 100, nullable: false),
                Kind = table.Column<int>(nullable: false),
                EscalatedOn = table.Column<DateOnly>(nullable: false),
                InCareOn = table.Column<DateOnly>(nullable: true),
                Settled = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReportEscalations", x => x.EscalationId));
        migrationBuilder.CreateIndex(name: "IX_ReportEscalations_NetworkId_InCareOn", table: "ReportEscalations", columns: ["NetworkId", "InCareOn"]);
        migrationBuilder.CreateTable(
            name: "ReportInstitutions",
            columns: table => new
            {
                NetworkId = table.Column<string>(maxLength: 100, nullable: false),
                InstitutionId = table.Column<string>(maxLength: 100, nullable: false),
                Kind = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReportInstitutions", x => new { x.NetworkId, x.InstitutionId }));
        migrationBuilder.CreateTable(
            name: "ReportMeetings",
            columns: table => new
            {
                MeetingId = table.Column<Guid>(nullable: false),
                NetworkId = table.Column<string>(maxLength: 100, nullable: false),
                PlannedMinutes = table.Column<int>(nullable: false),
                StartedOn = table.Column<DateOnly>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ReportMeetings", x => x.MeetingId));
        migrationBuilder.CreateTable(
            name: "ReportAttendance",
            columns: table => new
            {
                MeetingId = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReportAttendance", x => new { x.MeetingId, x.UserId }));
        migrationBuilder.CreateIndex(name: "IX_ReportAttendance_UserId", table: "ReportAttendance", column: "UserId");
        migrationBuilder.CreateTable(
            name: "ReportMeetingGuests",
            columns: table => new
            {
                MeetingId = table.Column<Guid>(nullable: false),
                ItemId = table.Column<Guid>(nullable: false),
                InstitutionId = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReportMeetingGuests", x => new { x.MeetingId, x.ItemId }));
        migrationBuilder.CreateTable(
            name: "ReportMembers",
            columns: table => new
            {
                NetworkId = table.Column<string>(maxLength: 100, nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Languages = table.Column<int>(nullable: false),
                Active = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ReportMembers", x => new { x.NetworkId, x.UserId }));
        migrationBuilder.CreateTable(
            name: "ReportMemberSpans",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                NetworkId = table.Column<string>(maxLength: 100, nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: true),
                Languages = table.Column<int>(nullable: false),
                From = table.Column<DateOnly>(nullable: false),
                Until = table.Column<DateOnly>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ReportMemberSpans", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ReportMemberSpans_NetworkId_UserId", table: "ReportMemberSpans", columns: ["NetworkId", "UserId"]);
        migrationBuilder.CreateTable(
            name: "ReportActionPoints",
            columns: table => new
            {
                ActionPointId = table.Column<Guid>(nullable: false),
                NetworkId = table.Column<string>(maxLength: 100, nullable: false),
                OpenedOn = table.Column<DateOnly>(nullable: false),
                Due = table.Column<DateOnly>(nullable: false),
                ClosedOn = table.Column<DateOnly>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ReportActionPoints", x => x.ActionPointId));
        migrationBuilder.CreateIndex(name: "IX_ReportActionPoints_NetworkId", table: "ReportActionPoints", column: "NetworkId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "ReportActionPoints", "ReportMemberSpans", "ReportMembers", "ReportMeetingGuests", "ReportAttendance", "ReportMeetings", "ReportInstitutions", "ReportEscalations", "ReportCases", "ReportCounts" })
        {
            migrationBuilder.DropTable(name: table);
        }
    }
}
