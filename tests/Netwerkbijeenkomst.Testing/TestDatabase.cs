using Microsoft.Data.Sqlite;

namespace Netwerkbijeenkomst.Testing;

/// <summary>A fresh SQLite file in the temp folder for one test silo or test class, removed afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "netwerkbijeenkomst-tests");
        Directory.CreateDirectory(folder);
        FilePath = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
    }

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    /// <summary>Runs a scalar query on a connection of its own, outside the silo.</summary>
    public long Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(FilePath + suffix);
        }
    }
}
