using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Netwerkbijeenkomst.Web.Data.Migrations;

/// <summary>The append-only access log: the database itself refuses to change or delete a line.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123010000_AccessLog")]
public sealed class AccessLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "AccessLog",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                AtUtc = table.Column<DateTime>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Role = table.Column<string>(maxLength: 40, nullable: false),
                NetworkId = table.Column<string>(maxLength: 100, nullable: false),
                ObjectType = table.Column<string>(maxLength: 20, nullable: false),
                ObjectId = table.Column<string>(maxLength: 100, nullable: false),
                Action = table.Column<string>(maxLength: 20, nullable: false),
                Result = table.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AccessLog", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_AccessLog_ObjectType_ObjectId", table: "AccessLog", columns: ["ObjectType", "ObjectId"]);

        if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            migrationBuilder.Sql("""CREATE TRIGGER "AccessLog_NoUpdate" BEFORE UPDATE ON "AccessLog" BEGIN SELECT RAISE(ABORT, 'Het toegangslog kan niet worden gewijzigd.'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "AccessLog_NoDelete" BEFORE DELETE ON "AccessLog" BEGIN SELECT RAISE(ABORT, 'Het toegangslog kan niet worden gewijzigd.'); END;""");
        }
        else
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION "AccessLog_Refuse"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'Het toegangslog kan niet worden gewijzigd.'; END; $$;
                CREATE TRIGGER "AccessLog_NoChange" BEFORE UPDATE OR DELETE ON "AccessLog" FOR EACH ROW EXECUTE FUNCTION "AccessLog_Refuse"();
                """);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("The access log is never removed.");
}
