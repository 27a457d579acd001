// Writes the rows of the table "Every disagreement with the labels" in docs/real-world.md: for each EOSG file of
// the development corpus whose operative count, preambular count or first operative verb differs from the EOSG
// label, the reason, with the words of the text.
//
//   dotnet run --project docs/measure/real-world -- ../shared/corpus-dev > /tmp/rows.md
//
// A reason is taken from reasons.tsv (file, measure, reason: read by hand, some against the EOSG team's own
// paragraph data) or else found by trying what the labels are known to count besides the preamble (see "How the
// labels count" in docs/real-world.md) until its number makes up the difference. A row it cannot explain says
// TODO on standard error: read the text, and add a line to reasons.tsv.
using System.Text.Json;
using System.Text.RegularExpressions;
using Resolution2006_27.Model;
using Resolution2006_27.Model.Annexes;
using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Parsing;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Text;

var root = args.Length > 0 ? args[0] : "../shared/corpus-dev";
var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "eosg", "labels.json"))).RootElement;
var byHand = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "reasons.tsv")).Where(l => l.Length > 0)
    .Select(l => l.Split('\t')).ToDictionary(p => (p[0], p[1]), p => p[2]);
var rows = new List<string>();
foreach (var path in Directory.GetFiles(Path.Combine(root, "eosg"), "*.txt").Order(StringComparer.Ordinal))
{
    var name = Path.GetFileNameWithoutExtension(path);
    var label = labels.GetProperty(name);
    int labelOp = label.GetProperty("op").GetInt32(), labelPp = label.GetProperty("pp").GetInt32();
    var labelVerb = label.GetProperty("verbs").EnumerateArray().Select(v => v.GetString() ?? "").FirstOrDefault() ?? "";
    var text = File.ReadAllText(path);
    var read = Resolutions.ReadFile(path);
    var r = read.Resolution;
    int op = r.OperativeParagraphs.Count, pp = r.Preamble.Paragraphs.Count;
    var verb = r.OperativeParagraphs.FirstOrDefault()?.Phrase?.Verb.Split(' ')[0].ToLowerInvariant() ?? "";
    if (op != labelOp)
    {
        rows.Add($"| {name} | op | {op} | {labelOp} | {byHand.GetValueOrDefault((name, "op")) ?? OperativeReason(r, op, labelOp)} |");
    }
    if (pp != labelPp)
    {
        rows.Add($"| {name} | pp | {pp} | {labelPp} | {byHand.GetValueOrDefault((name, "pp")) ?? PreambularReason(text, path, read, pp, labelPp)} |");
    }
    if (verb != labelVerb)
    {
        var op1 = r.OperativeParagraphs.FirstOrDefault();
        var reason = byHand.GetValueOrDefault((name, "verb"))
            ?? (labelVerb == "" && op1?.Phrase is { Class: not VerbClass.Unknown } phrase && op1.Text.StartsWith(phrase.Text, StringComparison.Ordinal)
                ? $"label: gives no verb, where the text opens {op1.Id.Short} with '{phrase.Text}'" : "TODO");
        rows.Add($"| {name} | verb | \"{verb}\" | \"{labelVerb}\" | {reason} |");
    }
}
foreach (var row in rows)
{
    Console.WriteLine(row);
}
Console.Error.WriteLine($"{rows.Count} rows, {rows.Count(r => r.Contains("TODO", StringComparison.Ordinal))} TODO");

static string OperativeReason(Resolution r, int op, int labelOp)
{
    var annexed = r.Annexes.Sum(a => a.Blocks.Count(b => b.Kind == AnnexBlockKind.Paragraph));
    if (labelOp == op + annexed)
    {
        return $"label: counts the {annexed} numbered paragraphs of the annex as operative ({op} + {annexed} = {labelOp}); an annex is part of the document, not of the operative part";
    }
    var unnumbered = r.OperativeParagraphs.Where(o => o.Unnumbered).ToList();
    if (unnumbered.Count > 0 && labelOp == op - unnumbered.Count)
    {
        var one = unnumbered.Count == 1;
        return $"label: counts only paragraphs that print a number ({op} - {unnumbered.Count} = {labelOp}); "
            + string.Join(" and ", unnumbered.Select(o => $"{o.Id.Short} {Quote(o.Text)}"))
            + $", the one paragraph of {(one ? "its section" : "their sections")} under {string.Join(" and ", unnumbered.Select(o => Quote(o.Heading?.Text ?? "")))}, "
            + $"{(one ? "is" : "are")} printed without one and {(one ? "is an operative paragraph" : "are operative paragraphs")} all the same";
    }
    return "TODO";
}

// What the labels count besides the preamble, each with the words of the text, tried in order of size until
// their number makes up the difference.
static string PreambularReason(string text, string path, ParseResult read, int pp, int labelPp)
{
    var r = read.Resolution;
    var others = ResolutionParser.ParseAll(text, ParserOptions.Default with { SourceName = Path.GetFileName(path) })
        .Select(x => x.Resolution)
        .Where(x => x.Symbol != r.Symbol || x.Preamble.Paragraphs.FirstOrDefault()?.Span != r.Preamble.Paragraphs.FirstOrDefault()?.Span).ToList();
    var footnoteStarts = read.Diagnostics.Where(d => d.Id == DiagnosticIds.FootnoteText).Select(d => d.Span.Start).ToHashSet();
    var candidates = new List<(string What, List<string> Texts)>
    {
        ("the operative paragraphs printed without a number (the one paragraph of a section)",
            [.. r.OperativeParagraphs.Where(o => o.Unnumbered && r.OperativeParagraphs.Any(x => !x.Unnumbered)).Select(o => o.Text)]),
        ("the closing lines", r.Conclusions is { } c ? [c.Meeting.Text, .. c.Date is { } d ? [d.Text] : Array.Empty<string>()] : []),
        ("the footnote texts printed inline", [.. r.Unplaced.Where(u => footnoteStarts.Contains(u.Span.Start)).Select(u => u.Text)]),
        ("the unnumbered paragraphs of the annex", [.. r.Annexes.SelectMany(a => a.Blocks.Where(b => b.Kind == AnnexBlockKind.Text)).Select(b => b.Text)]),
        ($"the preambular paragraphs of the other resolutions on the page ({string.Join(", ", others.Select(o => o.Number))})",
            [.. others.SelectMany(o => o.Preamble.Paragraphs.Select(p => p.Text))]),
        ("the closing lines of the other resolutions on the page",
            [.. others.Where(o => o.Conclusions is not null).SelectMany(o => new[] { o.Conclusions!.Meeting.Text }.Concat(o.Conclusions.Date is { } d ? [d.Text] : Array.Empty<string>()))]),
        ("the adoption line's date printed on a line of its own", r.Adoption is { } a ? [.. Blocks(text, a.Span).Skip(1)] : []),
        // The General Assembly's formula is left out, the Council's and ECOSOC's counted (A/RES/79/232, S/RES/1196 (1998) in the EOSG data).
        ("the enacting formula", r.Preamble.EnactingFormula is { } f && r.OrganId != "general-assembly" ? [f.Text] : []),
        ("the unnumbered text under an operative paragraph, which the model reads as the rest of that paragraph",
            [.. read.Diagnostics.Where(d => d.Id == DiagnosticIds.ContinuedParagraph).Select(d => text.Substring(d.Span.Start, Math.Min(80, text.Length - d.Span.Start)).Split('\n')[0])]),
        ("the heading above OP1", r.OperativeParagraphs.FirstOrDefault()?.Heading is { } h ? Blocks(text, h.Span) : []),
        ("the text the model keeps as unplaced", [.. r.Unplaced.Where(u => !footnoteStarts.Contains(u.Span.Start)).Select(u => u.Text)]),
    };
    candidates.RemoveAll(x => x.Texts.Count == 0);
    if (labelPp > pp)
    {
        var n = candidates.Count;
        foreach (var mask in Enumerable.Range(1, (1 << n) - 1).OrderBy(m => System.Numerics.BitOperations.PopCount((uint)m)).ThenBy(m => m))
        {
            var chosen = Enumerable.Range(0, n).Where(i => (mask & (1 << i)) != 0).Select(i => candidates[i]).ToList();
            if (pp + chosen.Sum(x => x.Texts.Count) == labelPp)
            {
                return "label: counts " + string.Join(" and ", chosen.Select(x => x.Texts.Count <= 3
                        ? $"{x.What} ({string.Join(", ", x.Texts.Select(Quote))})"
                        : $"{x.What} ({x.Texts.Count}: {Quote(x.Texts[0])} ... {Quote(x.Texts[^1])})"))
                    + $" as preambular paragraphs ({pp} + {labelPp - pp} = {labelPp})";
            }
        }
    }
    var pps = r.Preamble.Paragraphs;
    return pps.Count > 0 && pps.All(p => p.Phrases.Count > 0 && p.Phrases[0].Class != VerbClass.Unknown && p.Text.StartsWith(p.Phrases[0].Text, StringComparison.Ordinal))
        ? $"label: the text holds {pp} paragraphs between the enacting formula and OP1, every one opening with a preambular phrase ({Quote(pps[0].Text)} ... {Quote(pps[^1].Text)}), and no closing line, footnote or other text of the page makes up the difference; the label counts {labelPp}"
        : "TODO";
}

static List<string> Blocks(string text, SourceSpan span) =>
    [.. Regex.Split(text.Substring(span.Start, span.Length), @"\n[ \t]*\n").Select(b => b.Trim()).Where(b => b.Length > 0)];

static string Quote(string text)
{
    var words = text.Trim().Replace("|", "/", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    return "'" + (words.Length <= 6 ? string.Join(' ', words) : string.Join(' ', words.Take(5)) + " ...") + "'";
}
