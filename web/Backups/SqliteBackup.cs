using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Netwerkbijeenkomst.Web.Backups;

/// <summary>
/// A consistent copy of the SQLite file while the server writes to it, through SQLite's online backup API in one step:
/// one read snapshot of the WAL database (writers go on; the copy holds exactly what was committed when it began). It
/// is written under a temporary name beside the target, checked, flushed to disk and only then renamed, so the target
/// is never a half-made file.
/// </summary>
internal static class SqliteBackup
{
    public static async Task<string> CreateAsync(string databaseFile, string target)
    {
        target = Path.GetFullPath(target);
        if (File.Exists(target) || Directory.Exists(target))
        {
            throw new BackupRefusedException($"{target} bestaat al; kies een nieuwe naam", $"{target} already exists; choose a new name");
        }

        if (!File.Exists(databaseFile))
        {
            throw new BackupRefusedException($"er is geen database op {databaseFile}", $"there is no database at {databaseFile}");
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new BackupRefusedException($"de map {folder} bestaat niet", $"the folder {folder} does not exist");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            long events;
            // Read-write only so a WAL database can be read whether or not the server runs; nothing is written to it.
            using (var source = SqliteFiles.Open(databaseFile, SqliteOpenMode.ReadWrite))
            using (var copy = SqliteFiles.Open(temporary, SqliteOpenMode.ReadWriteCreate))
            {
                source.BackupDatabase(copy);

                // The copy of a WAL database says WAL in its header; as a file on its own it needs no log beside it.
                await SqliteFiles.ExecuteAsync(copy, "PRAGMA journal_mode = DELETE");
                var integrity = await SqliteFiles.IntegrityAsync(copy);
                if (integrity != "ok")
                {
                    throw new BackupRefusedException($"de kopie is niet in orde (integrity_check: {integrity})", $"the copy is not sound (integrity_check: {integrity})");
                }

                events = long.Parse((await SqliteFiles.ColumnAsync(copy, """SELECT count(*) FROM "Events" """))[0], CultureInfo.InvariantCulture);
            }

            SqliteFiles.FlushToDisk(temporary);
            try
            {
                File.Move(temporary, target, overwrite: false);
            }
            catch (IOException) when (File.Exists(target))
            {
                throw new BackupRefusedException($"{target} bestaat al; kies een nieuwe naam", $"{target} already exists; choose a new name");
            }

            var size = new FileInfo(target).Length / (1024.0 * 1024.0);
            return string.Create(CultureInfo.InvariantCulture,
                $"Reservekopie gemaakt: {target} ({size:0.0} MB, {events} gebeurtenissen, integrity_check ok) / Backup written: {target} ({size:0.0} MB, {events} events, integrity_check ok)");
        }
        finally
        {
            SqliteFiles.DeleteWithSidecars(temporary);
        }
    }
}
