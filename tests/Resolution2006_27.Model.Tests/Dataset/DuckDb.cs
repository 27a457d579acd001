using DuckDB.NET.Data;

namespace Resolution2006_27.Model.Tests.Dataset;

/// <summary>Reads a written dataset back with a real engine: each row of a query, its values as DuckDB gives them.</summary>
internal static class DuckDb
{
    public static List<object?[]> Query(string folder, string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SET file_search_path = '" + folder.Replace("'", "''", StringComparison.Ordinal) + "'; " + sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>The items of a list value (a <c>VARCHAR[]</c>), checked to be a list: never null, empty for none.</summary>
    public static IEnumerable<string> Strings(object? list) => Assert.IsAssignableFrom<System.Collections.IEnumerable>(list).Cast<string>();
}
