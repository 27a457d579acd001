using System.Text.Json;
using Resolution2006_27.Model.Citations;

namespace Resolution2006_27.Cli.Output;

/// <summary>A citation in a row: the instrument (id and short name), the pinpoint as a path of units, and the words.</summary>
internal sealed record CitationCell(string InstrumentId, string? ShortName, IReadOnlyList<string> Pinpoint, string? PinpointText, string Text) : IObjectCell
{
    // The short name is the registry's: an instrument made from a symbol in the text has none.
    public static CitationCell Of(Citation citation) => new(
        citation.InstrumentId,
        Model.Registry.ReferenceRegistry.Default.FindInstrument(citation.InstrumentId)?.ShortName,
        citation.Pinpoint is null ? [] : [.. citation.Pinpoint.Path.Select(l => $"{l.Unit} {string.Join(",", l.Numbers)}")],
        citation.Pinpoint?.Text,
        citation.Text);

    public string ToText() => PinpointText is null ? InstrumentId : $"{InstrumentId} ({PinpointText})";

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("instrumentId", InstrumentId);
        writer.WriteString("shortName", ShortName);
        writer.WriteStartArray("pinpoint");
        foreach (var level in Pinpoint)
        {
            writer.WriteStringValue(level);
        }
        writer.WriteEndArray();
        writer.WriteString("text", Text);
        writer.WriteEndObject();
    }
}
