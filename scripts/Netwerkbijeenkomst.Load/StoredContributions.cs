using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Netwerkbijeenkomst.Load;

/// <summary>Counts the contributions the product has stored (its event log's ContributionPosted rows), read beside the running server.</summary>
internal sealed class StoredContributions(Func<DbConnection> open)
{
    private const string Count = """SELECT count(*) FROM "Events" WHERE "Type" = 'ContributionPosted'""";

    public static StoredContributions Sqlite(string path) =>
        new(() => new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()));

    public static StoredContributions Postgres(string connectionString) =>
        new(() => new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString()));

    public async Task<long> CountAsync()
    {
        await using var connection = open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Count;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
