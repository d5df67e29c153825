using Npgsql;

namespace Platform.Foundation.Tests.EndToEnd;

// The audits read what the services stored straight from their databases: one query, one parameter, mapped rows.
internal static class SqlRows
{
    public static async Task<List<T>> QueryAsync<T>(NpgsqlConnection connection, string sql, (string Name, object Value) parameter, Func<NpgsqlDataReader, T> map)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(parameter.Name, parameter.Value);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
            rows.Add(map(reader));
        return rows;
    }
}
