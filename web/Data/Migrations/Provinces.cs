using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Netwerkbijeenkomst.Web.Data.Migrations;

/// <summary>Which province each municipality lies in, for the province's report.</summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261203000000_Provinces")]
public sealed class Provinces : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "MunicipalityProvinces",
            columns: table => new
            {
                Municipality = table.Column<string>(maxLength: 120, nullable: false),
                Province = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MunicipalityProvinces", x => x.Municipality));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "MunicipalityProvinces");
    }
}
