using System.Text;
using BenchmarkDotNet.Attributes;
using Resolution2006_27.Model.AkomaNtoso;
using Resolution2006_27.Model.Serialization;
using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Model.Benchmarks;

/// <summary>
/// Work grows linearly with hostile input (issue 16): each input at 1x, 2x and 4x its size, so a quadratic path
/// shows as 4x and 16x where a linear one shows 2x and 4x. The inputs are the hostile cases of the issue: an
/// export whose furniture is hundreds of thousands of bad items (reported up to the problem limit), a printed
/// resolution of thousands of operative paragraphs, and Akoma Ntoso nested as deep as the depth limit allows,
/// then padded wide; and an export of hundreds of thousands of properties the schema does not know, three of them
/// told; and the Akoma Ntoso export of a preamble of thousands of paragraphs (its indentation walked every
/// paragraph's siblings, and it searched the instruments from the start for each citation, until the seventeenth
/// session). Allocations (MemoryDiagnoser) follow what is reported, not
/// what is read, for the exports.
/// <see cref="HostileShapeBenchmarks"/> does the same for printed shapes that were found to cost their length for
/// each repetition.
/// </summary>
[MemoryDiagnoser]
public class GrowthBenchmarks
{
    private string badExport = "";
    private string longText = "";
    private string wideXml = "";
    private string unknownProperties = "";
    private Resolution longPreamble = Resolutions.E2006_27;

    /// <summary>1, 2 or 4 times the base size.</summary>
    [Params(1, 2, 4)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var export = ModelJson.Serialize(Resolutions.E2006_27);
        badExport = export.Replace("\"furniture\":[]", "\"furniture\":[" + string.Join(",", Enumerable.Repeat("1", 250_000 * Scale)) + "]", StringComparison.Ordinal);

        var text = new StringBuilder("The Economic and Social Council,\n\nRecalling its resolutions,\n\n");
        for (var i = 1; i <= 1_000 * Scale; i++)
        {
            text.Append(i).Append(". Urges Member States to consider ratifying the United Nations Convention against Transnational Organized Crime;\n\n");
        }
        longText = text.ToString();

        // Deep to the limit once, then wide: the growth is in elements, not in depth (which is bounded).
        var xml = AkomaNtosoXml.ExportText(Resolutions.E2006_27);
        var pad = string.Concat(Enumerable.Repeat("<!-- x -->", 20_000 * Scale));
        wideXml = xml.Replace("</akomaNtoso>", pad + "</akomaNtoso>", StringComparison.Ordinal);

        unknownProperties = "{" + string.Concat(Enumerable.Range(0, 100_000 * Scale).Select(i => $"\"zz{i}\":1,")) + export[1..];

        longPreamble = Resolutions.FromString("The Economic and Social Council,\n\n"
            + string.Concat(Enumerable.Range(1, 2_000 * Scale).Select(i => $"Recalling its resolution {i}/{(i % 50) + 1},\n\n"))
            + "1. Requests the Secretary-General to act.\n");
    }

    [Benchmark(Description = "validate: export with 250k x Scale bad furniture items")]
    public int ValidateBadExport() => ResolutionValidator.Validate(badExport).Problems.Count;

    [Benchmark(Description = "parse: printed text of 1,000 x Scale operative paragraphs")]
    public int ParseLongText() => Resolutions.FromString(longText).OperativeParagraphs.Count;

    [Benchmark(Description = "validate: export with 100k x Scale unknown properties, three told")]
    public int ValidateUnknownProperties() => ResolutionValidator.Validate(unknownProperties, new ValidatorOptions(MaxProblems: 3)).Problems.Count;

    [Benchmark(Description = "Akoma Ntoso export: a preamble of 2,000 x Scale paragraphs")]
    public int ExportLongPreamble() => AkomaNtosoXml.ExportText(longPreamble).Length;

    [Benchmark(Description = "validate Akoma Ntoso: 20k x Scale comments after the document")]
    public bool ValidateWideXml() => AkomaNtosoValidator.Validate(wideXml, null).IsValid;
}
