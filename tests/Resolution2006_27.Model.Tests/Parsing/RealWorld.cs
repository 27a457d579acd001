using System.Text.Json;
using Resolution2006_27.Model.Annexes;
using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Parsing;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// The development corpus (../shared/corpus-dev) read as a user would, file by file with
/// <see cref="Resolutions.FromFile"/>, and measured against the EOSG team's labels: for each of the 400
/// EOSG files, the operative count, the preambular count and the first operative verb.
/// </summary>
internal sealed class RealWorld
{
    public static readonly Lazy<RealWorld> Corpus = new(() => new RealWorld(Path.Combine(TestData.SharedPath, "corpus-dev")));

    private RealWorld(string root)
    {
        Root = root;
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "eosg", "labels.json")));
        foreach (var set in new[] { "eosg", "unsc" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(root, set), "*.txt").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var label = set == "eosg" ? labels.RootElement.GetProperty(name) : (JsonElement?)null;
                Files.Add(Read(set, file, name, label));
            }
        }
    }

    public string Root { get; }

    public List<FileReading> Files { get; } = [];

    public IEnumerable<FileReading> Eosg => Files.Where(f => f.Set == "eosg");

    public IEnumerable<FileReading> Unsc => Files.Where(f => f.Set == "unsc");

    /// <summary>Every disagreement with the labels: file, measure (op, pp, verb), ours, the label's.</summary>
    public IEnumerable<(string File, string Measure, string Ours, string Label)> Disagreements() =>
        Eosg.SelectMany(f => f.Resolution is null
            ? [(f.Name, "model", "none", "a model")]
            : new[]
            {
                (f.Name, "op", f.Operative.ToString(System.Globalization.CultureInfo.InvariantCulture), f.LabelOperative.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                (f.Name, "pp", f.Preambular.ToString(System.Globalization.CultureInfo.InvariantCulture), f.LabelPreambular.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                (f.Name, "verb", Quote(f.FirstVerb), Quote(f.LabelFirstVerb)),
            }.Where(d => d.Item3 != d.Item4));

    private static string Quote(string verb) => $"\"{verb}\"";

    private static FileReading Read(string set, string file, string name, JsonElement? label)
    {
        var reading = new FileReading(set, name, File.ReadAllText(file));
        if (label is { } l)
        {
            reading.LabelOperative = l.GetProperty("op").GetInt32();
            reading.LabelPreambular = l.GetProperty("pp").GetInt32();
            reading.LabelFirstVerb = l.GetProperty("verbs").EnumerateArray().Select(v => v.GetString() ?? "").FirstOrDefault() ?? "";
        }
        try
        {
            var result = Resolutions.ReadFile(file);
            reading.Resolution = result.Resolution;
            reading.Diagnostics = result.Diagnostics;
            reading.All = ResolutionParser.ParseAll(reading.Text, ParserOptions.Default with { SourceName = Path.GetFileName(file) }).Select(r => r.Resolution).ToList();
        }
        catch (ResolutionParseException e)
        {
            reading.Refusal = e.Diagnostic;
        }
        return reading;
    }
}

/// <summary>One file of the development corpus as read.</summary>
internal sealed class FileReading(string set, string name, string text)
{
    public string Set { get; } = set;

    public string Name { get; } = name;

    public string Text { get; } = text;

    public Resolution? Resolution { get; set; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; set; } = [];

    /// <summary>Every resolution the text holds, for the proof that nothing of the file is dropped.</summary>
    public IReadOnlyList<Resolution> All { get; set; } = [];

    public Diagnostic? Refusal { get; set; }

    public int LabelOperative { get; set; }

    public int LabelPreambular { get; set; }

    public string LabelFirstVerb { get; set; } = "";

    public int Operative => Resolution?.OperativeParagraphs.Count ?? 0;

    public int Preambular => Resolution?.Preamble.Paragraphs.Count ?? 0;

    /// <summary>The first word of the first operative paragraph's verb, lower case, as the labels give it ("takes" for "Takes note of").</summary>
    public string FirstVerb => Resolution?.OperativeParagraphs.FirstOrDefault()?.Phrase?.Verb.Split(' ')[0].ToLowerInvariant() ?? "";

    /// <summary>Every span the models of the file hold: heading lines, formula, parts, closing lines, annexes, furniture, unplaced text.</summary>
    public IEnumerable<SourceSpan> Spans() => All.SelectMany(SpansOf);

    private static IEnumerable<SourceSpan> SpansOf(Resolution r) =>
        new[] { r.Masthead, r.Origin, r.PrintedNumber, r.Adoption, r.Title, r.Preamble.EnactingFormula, r.Conclusions?.Meeting, r.Conclusions?.Date }
            .OfType<SpannedText>().Select(t => t.Span)
            .Concat(r.Parts.Select(p => p.Span))
            .Concat(r.OperativeParagraphs.Select(p => p.Heading).OfType<SpannedText>().Select(t => t.Span))
            .Concat(r.Annexes.SelectMany(a => a.Blocks.Select(b => b.Span).Prepend(a.Heading.Span)))
            .Concat(r.Furniture.Select(f => f.Span))
            .Concat(r.Unplaced.Select(u => u.Span));
}
