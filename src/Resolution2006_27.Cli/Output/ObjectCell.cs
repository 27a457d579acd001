using System.Text.Json;

namespace Resolution2006_27.Cli.Output;

/// <summary>
/// A cell that is a structured value: JSON and JSON Lines write it as an object, the text formats as one line.
/// </summary>
internal interface IObjectCell
{
    /// <summary>The value as one line of text (CSV, Markdown, the aligned table).</summary>
    string ToText();

    /// <summary>The value as a JSON object.</summary>
    void WriteJson(Utf8JsonWriter writer);
}
