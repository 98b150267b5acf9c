using System.Text;
using Microsoft.Data.Sqlite;

namespace Netwerkbijeenkomst.Web.Backups;

/// <summary>
/// Whether a file may be put back: an SQLite file, sound by its own integrity_check, with both of this product's
/// migration histories, and no migration this build does not know. Run on a copy, so the file given is never touched.
/// </summary>
internal static class BackupFileCheck
{
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("SQLite format 3\0");

    public static async Task CheckAsync(string copy, string shownAs)
    {
        var start = new byte[Header.Length];
        await using (var file = File.OpenRead(copy))
        {
            if (await file.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false) < start.Length || !start.AsSpan().SequenceEqual(Header))
            {
                throw new BackupRefusedException($"{shownAs} is geen SQLite-database", $"{shownAs} is not an SQLite database");
            }
        }

        try
        {
            using var connection = SqliteFiles.Open(copy, SqliteOpenMode.ReadWrite);
            var integrity = await SqliteFiles.IntegrityAsync(connection);
            if (integrity != "ok")
            {
                throw Damaged(shownAs, integrity);
            }

            var tables = (await SqliteFiles.ColumnAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'")).ToHashSet(StringComparer.Ordinal);
            foreach (var (history, known) in ProductMigrations.Known())
            {
                if (!tables.Contains(history) || !tables.Contains("Events"))
                {
                    throw new BackupRefusedException($"{shownAs} is geen database van Netwerkbijeenkomst", $"{shownAs} is not a Netwerkbijeenkomst database");
                }

                var applied = await SqliteFiles.ColumnAsync(connection, $"""SELECT "MigrationId" FROM "{history}" ORDER BY "MigrationId" """);
                if (applied.FirstOrDefault(id => !known.Contains(id)) is { } newer)
                {
                    throw new BackupRefusedException(
                        $"{shownAs} komt van een nieuwere versie (migratie {newer} kent deze versie niet)", $"{shownAs} comes from a newer version (this version does not know migration {newer})");
                }
            }
        }
        catch (SqliteException error) when (error.SqliteErrorCode is 11 or 26)
        {
            // SQLITE_CORRUPT, SQLITE_NOTADB: too damaged for the check to finish.
            throw Damaged(shownAs, error.Message);
        }
    }

    private static BackupRefusedException Damaged(string shownAs, string what) =>
        new($"{shownAs} is beschadigd (integrity_check: {what})", $"{shownAs} is damaged (integrity_check: {what})");
}
