using System.Text;
using Resolution2006_27.Model.Tests;
using Resolution2006_27.Model;

namespace Resolution2006_27.Cli.Tests;

/// <summary>A reader of RFC 4180 CSV, written for the tests so that the tool's writer is checked by other code.</summary>
internal static class Csv
{
    public static List<string[]> Read(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else if (c == '\n') { throw new FormatException($"bare LF at {i}: RFC 4180 ends records with CRLF"); }
            else { field.Append(c); }
        }
        if (field.Length > 0 || row.Count > 0)
        {
            throw new FormatException("the last record has no CRLF");
        }
        return rows;
    }
}
