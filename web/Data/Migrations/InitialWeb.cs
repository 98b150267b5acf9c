using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Netwerkbijeenkomst.Web.Data.Migrations;

/// <summary>
/// The first schema of the web's tables (Identity, directory, outbox), as SQL scripts per provider generated
/// from the model with <c>GenerateCreateScript</c>: EF's design-time package, which writes migrations, cannot
/// be restored here. A test checks that migrating yields the model's schema.
/// </summary>
[DbContext(typeof(AppDbContext))]
[Migration("20261123000000_InitialWeb")]
public sealed class InitialWeb : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var provider = migrationBuilder.ActiveProvider switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => "sqlite",
            "Npgsql.EntityFrameworkCore.PostgreSQL" => "postgresql",
            var other => throw new NotSupportedException($"No schema script for provider {other}."),
        };
        migrationBuilder.Sql(Script($"InitialWeb.{provider}.sql"));
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("The first schema is not rolled back; restore a backup instead.");

    private static string Script(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Netwerkbijeenkomst.Web.Data.Migrations.{name}")
            ?? throw new InvalidOperationException($"Embedded script {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
