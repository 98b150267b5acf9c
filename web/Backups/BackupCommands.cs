using Netwerkbijeenkomst.Silo.Hosting;
using Netwerkbijeenkomst.Silo.Settings;

namespace Netwerkbijeenkomst.Web.Backups;

/// <summary>
/// `dotnet run --project web -- backup &lt;file&gt;` and `-- restore &lt;file&gt;`: the SQLite database copied while the server
/// runs, and put back while it does not. They read the server's configuration (a builder is made for that and never
/// built or started: no web host, no silo) and print one line, Dutch / English; a refusal goes to stderr with exit code 1.
/// </summary>
internal static class BackupCommands
{
    public const string Backup = "backup";
    public const string Restore = "restore";

    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args is not [Backup or Restore, ..])
        {
            return false;
        }

        if (args is not [var verb, var file, .. var rest] || file.StartsWith("--", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"Gebruik / Usage: dotnet run --project web -- {args[0]} <bestand/file>");
            Environment.ExitCode = 2;
            return true;
        }

        try
        {
            var builder = WebApplication.CreateBuilder(LocalEnvironment.WithDefault(rest));
            var database = DatabaseSettings.Read(builder.Configuration, builder.Environment.ContentRootPath);
            var databaseFile = SqliteFileOf(database, verb);
            var line = verb == Backup
                ? await SqliteBackup.CreateAsync(databaseFile, file)
                : await SqliteRestore.RestoreAsync(file, databaseFile, TimeProvider.System.GetUtcNow());
            await Console.Out.WriteLineAsync(line);
        }
        catch (BackupRefusedException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            Environment.ExitCode = 1;
        }
        catch (SettingsException settings)
        {
            await Console.Error.WriteLineAsync(settings.Message);
            Environment.ExitCode = SettingsCheck.ExitCode;
        }

        return true;
    }

    private static string SqliteFileOf(DatabaseSettings database, string verb) => database switch
    {
        { IsPostgres: true } when verb == Backup => throw new BackupRefusedException(
            "de database is PostgreSQL; maak de reservekopie met pg_dump -Fc (zie README)", "the database is PostgreSQL; back it up with pg_dump -Fc (see the README)"),
        { IsPostgres: true } => throw new BackupRefusedException(
            "de database is PostgreSQL; zet hem terug met pg_restore --clean (zie README)", "the database is PostgreSQL; restore it with pg_restore --clean (see the README)"),
        { SqliteFile: { } file } => file,
        _ => throw new BackupRefusedException("de database staat in het geheugen", "the database is in memory"),
    };
}
