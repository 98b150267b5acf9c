using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Netwerkbijeenkomst.Silo.Hosting;

namespace Netwerkbijeenkomst.Web.Data;

/// <summary>Registers the web's DbContext on the application database and migrates it at start-up.</summary>
internal static class DataWebExtensions
{
    public static WebApplicationBuilder AddAppDatabase(this WebApplicationBuilder builder)
    {
        var database = DatabaseSettings.Read(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddDbContextFactory<AppDbContext>(options =>
        {
            if (database.IsPostgres)
            {
                options.UseNpgsql(database.ConnectionString, sql => sql.MigrationsHistoryTable(AppDbContext.MigrationsHistoryTable));
            }
            else
            {
                options.UseSqlite(database.ConnectionString, sql => sql.MigrationsHistoryTable(AppDbContext.MigrationsHistoryTable))
                    .AddInterceptors(new SqliteBusyTimeout());
            }

            // The migration is a generated script without a model snapshot; a test compares its schema with the model's.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        builder.Services.AddHostedService<AppDatabaseMigrator>();
        return builder;
    }
}
