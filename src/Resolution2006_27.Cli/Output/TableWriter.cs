using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Resolution2006_27.Cli.Output;

/// <summary>
/// Writes a result as an aligned table (for the terminal: long cells cut at 60 characters, wide
/// columns left out), as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted where needed),
/// as JSON (an array of objects keyed by column name), as JSON Lines, or as a Markdown table. Every format but
/// the aligned table (which measures its columns first) writes each row as it comes.
/// </summary>
internal static class TableWriter
{
    public const string Formats = "table, csv, json, jsonl or markdown";

    private const int MaxCell = 60;

    public static void Write(ResultTable table, string format, TextWriter output)
    {
        switch (format)
        {
            case "csv": Csv(table, output); break;
            case "json": Json(table, output); break;
            case "jsonl":
                foreach (var row in table.Rows)
                {
                    output.Write(JsonLine(table, row));
                    output.Write('\n');
                }
                break;
            case "markdown": Markdown(table, output); break;
            default: output.Write(Aligned(table)); break;
        }
    }

    /// <summary>A value as one line of text: lists joined with "; ", booleans and numbers invariant.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IObjectCell cell => cell.ToText(),
        IEnumerable<string> list => string.Join("; ", list),
        IEnumerable<IObjectCell> cells => string.Join("; ", cells.Select(c => c.ToText()).Distinct()),
        _ => value.ToString() ?? "",
    };

    private static string Aligned(ResultTable table)
    {
        // Plain loops over the columns: a first query prints this table, and `Enumerable.Range` and `Max` over integers
        // are vectorized generic code the runtime compiles on first use (about 4 ms of a JIT first query).
        var shown = new List<int>();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (table.InTerminal[i])
            {
                shown.Add(i);
            }
        }
        var cells = table.Rows.Select(row => shown.Select(i => Cut(OneLine(Text(row[i])))).ToArray()).ToList();
        var widths = new int[shown.Count];
        for (var j = 0; j < shown.Count; j++)
        {
            widths[j] = table.Columns[shown[j]].Length;
            foreach (var row in cells)
            {
                widths[j] = Math.Max(widths[j], row[j].Length);
            }
        }
        var text = new StringBuilder();
        Line(shown.Select(i => table.Columns[i]).ToArray());
        Line(widths.Select(w => new string('-', w)).ToArray());
        cells.ForEach(Line);
        text.Append(CultureInfo.InvariantCulture, $"({cells.Count} {(cells.Count == 1 ? "row" : "rows")})\n");
        return text.ToString();

        void Line(string[] values) =>
            text.Append(string.Join("  ", values.Select((v, j) => j == values.Length - 1 ? v : v.PadRight(widths[j]))).TrimEnd()).Append('\n');
    }

    private static void Csv(ResultTable table, TextWriter text)
    {
        text.Write(string.Join(",", table.Columns.Select(Quote)));
        text.Write("\r\n");
        foreach (var row in table.Rows)
        {
            text.Write(string.Join(",", row.Select(v => Quote(Text(v)))));
            text.Write("\r\n");
        }

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

    private static void Json(ResultTable table, TextWriter text)
    {
        // Each row is written as an indented object of the array, as one document would print it.
        text.Write('[');
        var first = true;
        foreach (var row in table.Rows)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                Object(writer, table, row);
            }
            text.Write(first ? "\n  " : ",\n  ");
            text.Write(Encoding.UTF8.GetString(stream.ToArray()).Replace("\n", "\n  ", StringComparison.Ordinal));
            first = false;
        }
        text.Write(first ? "]\n" : "\n]\n");
    }

    private static void Value(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int n: writer.WriteNumberValue(n); break;
            case string s: writer.WriteStringValue(s); break;
            case IObjectCell cell: cell.WriteJson(writer); break;
            case IEnumerable<IObjectCell> cells:
                writer.WriteStartArray();
                foreach (var cell in cells)
                {
                    cell.WriteJson(writer);
                }
                writer.WriteEndArray();
                break;
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

    private static void Markdown(ResultTable table, TextWriter text)
    {
        text.Write("| " + string.Join(" | ", table.Columns) + " |\n");
        text.Write("|" + string.Concat(table.Columns.Select(_ => " --- |")) + "\n");
        foreach (var row in table.Rows)
        {
            text.Write("| " + string.Join(" | ", row.Select(v => OneLine(Text(v)).Replace("|", "\\|", StringComparison.Ordinal))) + " |\n");
        }
    }

    private static string OneLine(string text) => text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Cut(string text) => text.Length <= MaxCell ? text : text[..(MaxCell - 3)] + "...";
}
