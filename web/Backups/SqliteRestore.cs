using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Netwerkbijeenkomst.Web.Backups;

/// <summary>
/// Puts a backup in the database's place: copies it beside the database, checks the copy (<see cref="BackupFileCheck"/>),
/// takes the current file for itself — refused while a server has it open — keeps it under another name, and renames
/// the copy into place.
/// </summary>
internal static class SqliteRestore
{
    /// <summary>How long to wait for the database's lock before saying a server uses it.</summary>
    private const int LockSeconds = 2;

    public static async Task<string> RestoreAsync(string backupFile, string databaseFile, DateTimeOffset now)
    {
        var backup = Path.GetFullPath(backupFile);
        if (!File.Exists(backup))
        {
            throw new BackupRefusedException($"{backup} bestaat niet", $"{backup} does not exist");
        }

        if (string.Equals(backup, Path.GetFullPath(databaseFile), StringComparison.Ordinal))
        {
            throw new BackupRefusedException($"{backup} is de database zelf", $"{backup} is the database itself");
        }

        var folder = Path.GetDirectoryName(databaseFile)!;
        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, $".{Path.GetFileName(databaseFile)}.herstel-{Guid.NewGuid():N}.tmp");
        try
        {
            File.Copy(backup, copy);
            await BackupFileCheck.CheckAsync(copy, backup);
            SqliteFiles.FlushToDisk(copy);
            if (!File.Exists(databaseFile))
            {
                File.Move(copy, databaseFile);
                return $"Teruggezet: {backup} staat nu op {databaseFile}; er was nog geen database / Restored: {backup} is now at {databaseFile}; there was no database yet";
            }

            var kept = KeptName(databaseFile, now);
            using (var current = SqliteFiles.Open(databaseFile, SqliteOpenMode.ReadWrite, LockSeconds))
            {
                await TakeForItselfAsync(current, databaseFile);

                // Under the lock: the old file (its log folded in) moves aside, the copy takes its name.
                File.Move(databaseFile, kept);
                foreach (var sidecar in SqliteFiles.Sidecars.Where(s => File.Exists(databaseFile + s)))
                {
                    File.Move(databaseFile + sidecar, kept + sidecar);
                }

                File.Move(copy, databaseFile);
            }

            return $"Teruggezet: {backup} staat nu op {databaseFile}; de vorige database is bewaard als {kept} / Restored: {backup} is now at {databaseFile}; the previous database was kept as {kept}";
        }
        finally
        {
            SqliteFiles.DeleteWithSidecars(copy);
        }
    }

    /// <summary>
    /// An exclusive lock, which SQLite grants only when no other connection has the file open: a running server always
    /// has (it holds one connection for its lifetime, see SqliteFileHold). Then the write-ahead log is folded into the
    /// file (journal_mode DELETE), so the file kept aside is complete on its own.
    /// </summary>
    private static async Task TakeForItselfAsync(SqliteConnection current, string databaseFile)
    {
        try
        {
            await SqliteFiles.ExecuteAsync(current, "PRAGMA locking_mode = EXCLUSIVE");
            await SqliteFiles.ExecuteAsync(current, "BEGIN EXCLUSIVE; COMMIT;");
            await SqliteFiles.ExecuteAsync(current, "PRAGMA journal_mode = DELETE");
        }
        catch (SqliteException error) when (error.SqliteErrorCode is 5 or 6)
        {
            // SQLITE_BUSY, SQLITE_LOCKED.
            throw new BackupRefusedException(
                $"een server gebruikt {databaseFile} nog; stop hem eerst", $"a server is still using {databaseFile}; stop it first");
        }
    }

    private static string KeptName(string databaseFile, DateTimeOffset now)
    {
        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var kept = $"{databaseFile}.voor-herstel-{stamp}";
        for (var n = 2; File.Exists(kept); n++)
        {
            kept = $"{databaseFile}.voor-herstel-{stamp}-{n}";
        }

        return kept;
    }
}
