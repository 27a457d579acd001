using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Resolution2006_27.Cli.Output;

/// <summary>
/// Writes a result as an aligned table (for the terminal: long cells cut at 60 characters, wide
/// columns left out), as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted where needed),
/// as JSON (an array of objects keyed by column name), or as a Markdown table.
/// </summary>
internal static class TableWriter
{
    public const string Formats = "table, csv, json, jsonl or markdown";

    private const int MaxCell = 60;

    public static string Write(ResultTable table, string format) => format switch
    {
        "csv" => Csv(table),
        "json" => Json(table),
        "jsonl" => string.Concat(table.Rows.Select(row => JsonLine(table, row) + "\n")),
        "markdown" => Markdown(table),
        _ => Aligned(table),
    };

    /// <summary>A value as one line of text: lists joined with "; ", booleans and numbers invariant.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join("; ", list),
        _ => value.ToString() ?? "",
    };

    private static string Aligned(ResultTable table)
    {
        var shown = Enumerable.Range(0, table.Columns.Count).Where(i => table.InTerminal[i]).ToList();
        var cells = table.Rows.Select(row => shown.Select(i => Cut(OneLine(Text(row[i])))).ToArray()).ToList();
        var widths = shown.Select((column, j) => cells.Select(r => r[j].Length).Append(table.Columns[column].Length).Max()).ToArray();
        var text = new StringBuilder();
        Line(shown.Select(i => table.Columns[i]).ToArray());
        Line(widths.Select(w => new string('-', w)).ToArray());
        cells.ForEach(Line);
        text.Append(CultureInfo.InvariantCulture, $"({table.Rows.Count} {(table.Rows.Count == 1 ? "row" : "rows")})\n");
        return text.ToString();

        void Line(string[] values) =>
            text.Append(string.Join("  ", values.Select((v, j) => j == values.Length - 1 ? v : v.PadRight(widths[j]))).TrimEnd()).Append('\n');
    }

    private static string Csv(ResultTable table)
    {
        var text = new StringBuilder();
        text.Append(string.Join(",", table.Columns.Select(Quote))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            text.Append(string.Join(",", row.Select(v => Quote(Text(v))))).Append("\r\n");
        }
        return text.ToString();

        static string Quote(string field) =>
            field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    private static string JsonLine(ResultTable table, object?[] row)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Object(writer, table, row);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Object(Utf8JsonWriter writer, ResultTable table, object?[] row)
    {
        writer.WriteStartObject();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            writer.WritePropertyName(table.Columns[i]);
            Value(writer, row[i]);
        }
        writer.WriteEndObject();
    }

    private static string Json(ResultTable table)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var row in table.Rows)
            {
                Object(writer, table, row);
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Value(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int n: writer.WriteNumberValue(n); break;
            case string s: writer.WriteStringValue(s); break;
            case IEnumerable<string> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    writer.WriteStringValue(item);
                }
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(Text(value)); break;
        }
    }

    private static string Markdown(ResultTable table)
    {
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", table.Columns)).Append(" |\n");
        text.Append('|').Append(string.Concat(table.Columns.Select(_ => " --- |"))).Append('\n');
        foreach (var row in table.Rows)
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(v => OneLine(Text(v)).Replace("|", "\\|", StringComparison.Ordinal)))).Append(" |\n");
        }
        return text.ToString();
    }

    private static string OneLine(string text) => text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Cut(string text) => text.Length <= MaxCell ? text : text[..(MaxCell - 3)] + "...";
}
